/**
 * Feature binning for the axis-aligned forests: a {@link dev.copse.forest.hard.binning.FeatureBinner} learns
 * up to 255 quantile bins per feature from training data and turns any dataset into
 * {@link dev.copse.forest.hard.binning.BinnedFeatures}, one byte per value, on which split finding works
 * with class histograms instead of sorting.
 */
package dev.copse.forest.hard.binning;
