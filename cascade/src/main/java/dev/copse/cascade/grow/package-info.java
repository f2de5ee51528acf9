/**
 * Growing a deep-forest cascade: {@link dev.copse.cascade.grow.CascadeForest} adds levels while a
 * {@link dev.copse.cascade.grow.ValidationMetric} on held-out rows improves, configured by
 * {@link dev.copse.cascade.grow.CascadeOptions} (ready-made in {@link dev.copse.cascade.grow.CascadePresets}),
 * and reports every level ({@link dev.copse.cascade.grow.CascadeReport}).
 */
package dev.copse.cascade.grow;
