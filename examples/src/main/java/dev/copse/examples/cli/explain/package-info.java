/**
 * {@code copse explain tree|input}: look inside a saved soft forest (docs/INTERPRETABILITY.md). The numbers
 * come from {@code dev.copse.forest.explain}; this package only draws them: a tree as DOT and as an SVG laid
 * out by Copse itself ({@link dev.copse.examples.cli.explain.TreeSvg}), pixel heat maps of split weights and
 * attributions ({@link dev.copse.examples.cli.explain.HeatMaps}), and tables for tabular data
 * ({@link dev.copse.examples.cli.explain.AttributionTable}).
 */
package dev.copse.examples.cli.explain;
