/**
 * {@code copse dfs train|eval|sweep}: dynamic fractional skipping from the command line (docs/DFS.md), and the
 * charts of its reports ({@link dev.copse.examples.cli.dfs.DfsPlots}, drawn with XChart, which only this
 * module uses).
 */
package dev.copse.examples.cli.dfs;
