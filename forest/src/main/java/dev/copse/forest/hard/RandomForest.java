package dev.copse.forest.hard;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;

/**
 * Breiman's random forest (<i>Random Forests</i>, Machine Learning 45, 2001) on binned features: each tree
 * grows on a bootstrap sample, and each node draws {@code sqrt(d)} random features (by scikit-learn's rule,
 * see {@link MaxFeatures}) and splits on the threshold that most reduces Gini impurity; trees are grown
 * until their leaves are pure. This is the first
 * member type of a gcForest cascade level (METHODS.md section 2); the forest averages its trees' leaf class
 * distributions, as scikit-learn's {@code RandomForestClassifier} does.
 *
 * <p><b>Split finding on bins.</b> Features are first binned into at most 255 quantile bins
 * ({@link dev.copse.forest.hard.binning.FeatureBinner}). For each examined feature a node either builds a
 * class histogram over the bins in one pass over its rows and scans the bins, or, when the node has few rows
 * compared with bins times classes, sorts its rows' (bin, class) keys and scans those; both give the same
 * split. A split between the occupied bins {@code p < q} puts bins {@code <= floor((p + q) / 2)} left: the
 * midpoint on the bin scale, as the maintained Python deep forest's splitter on binned data does (the
 * analogue of scikit-learn's midpoint between values). Rows are partitioned in place; growth uses an
 * explicit stack. See {@link HardForestOptions} for the split score and bootstrap weights.
 *
 * <p><b>Threads and determinism.</b> Trees are grown in parallel, each from its own seed (see
 * {@link HardForestOptions#seed()}); a seed gives the same forest, bit for bit, for any thread count.
 *
 * <p>Stateless; the {@code fit} methods are thread-safe. Progress: one event per finished tree, on the
 * thread that grew it (calls to the listener are serialised).
 */
public final class RandomForest {

    private RandomForest() {
    }

    /**
     * Bins {@code data} with {@link HardForestOptions#binning()} and grows the forest on it.
     *
     * @throws IllegalArgumentException if the options do not fit the data (e.g. more features per split
     *                                  than the data has)
     */
    public static HardForest fit(Dataset data, Options options, ProgressListener listener) {
        return ForestTrainer.fit(data, options, listener);
    }

    /**
     * Grows the forest on features binned already; the forest keeps their binner to predict from raw values.
     *
     * @param x          binned training features
     * @param y          one label per row of {@code x}, each in {@code [0, numClasses)}
     * @param numClasses classes, in {@code [1, 65536]}
     * @throws IllegalArgumentException if the sizes disagree, a label is out of range, or the options do not
     *                                  fit the data
     */
    public static HardForest fit(BinnedFeatures x, int[] y, int numClasses, Options options,
                                 ProgressListener listener) {
        return ForestTrainer.fit(x, y, numClasses, options, listener);
    }

    /**
     * Configuration of a random forest. Defaults ({@link #defaults()}): 100 trees, {@code sqrt(d)} features
     * drawn per split, unlimited depth, at least 1 row per leaf, bootstrap samples, Gini, 255 bins, seed 1, one
     * thread per available processor (the thread count never changes the result).
     *
     * @param trees          trees, {@code >= 1}
     * @param maxFeatures    features drawn per split
     * @param maxDepth       largest leaf depth, {@code >= 1}, or {@link HardForestOptions#UNLIMITED_DEPTH}
     * @param minSamplesLeaf smallest weighted row count on each side of a split, {@code >= 1}
     * @param bootstrap      whether each tree trains on a bootstrap sample
     * @param criterion      impurity to minimise
     * @param binning        how {@link #fit(Dataset, Options, ProgressListener)} bins the features
     * @param seed           the one seed of the fit
     * @param threads        most threads, {@code >= 1}
     */
    public record Options(int trees, MaxFeatures maxFeatures, int maxDepth, int minSamplesLeaf, boolean bootstrap,
                          SplitCriterion criterion, BinningOptions binning, long seed, int threads)
            implements HardForestOptions {

        /** @throws IllegalArgumentException naming the first field out of range */
        public Options {
            OptionChecks.check("RandomForest.Options", trees, maxFeatures, maxDepth, minSamplesLeaf, criterion,
                    binning, threads);
        }

        /** The defaults listed on the record. */
        public static Options defaults() {
            return new Options(100, MaxFeatures.sqrt(), UNLIMITED_DEPTH, 1, true, SplitCriterion.GINI,
                    BinningOptions.defaults(), 1L, Runtime.getRuntime().availableProcessors());
        }

        @Override
        public String algorithm() {
            return "random forest";
        }

        public Options withTrees(int value) {
            return new Options(value, maxFeatures, maxDepth, minSamplesLeaf, bootstrap, criterion, binning, seed,
                    threads);
        }

        public Options withMaxFeatures(MaxFeatures value) {
            return new Options(trees, value, maxDepth, minSamplesLeaf, bootstrap, criterion, binning, seed,
                    threads);
        }

        public Options withMaxDepth(int value) {
            return new Options(trees, maxFeatures, value, minSamplesLeaf, bootstrap, criterion, binning, seed,
                    threads);
        }

        public Options withMinSamplesLeaf(int value) {
            return new Options(trees, maxFeatures, maxDepth, value, bootstrap, criterion, binning, seed, threads);
        }

        public Options withBootstrap(boolean value) {
            return new Options(trees, maxFeatures, maxDepth, minSamplesLeaf, value, criterion, binning, seed,
                    threads);
        }

        public Options withCriterion(SplitCriterion value) {
            return new Options(trees, maxFeatures, maxDepth, minSamplesLeaf, bootstrap, value, binning, seed,
                    threads);
        }

        public Options withBinning(BinningOptions value) {
            return new Options(trees, maxFeatures, maxDepth, minSamplesLeaf, bootstrap, criterion, value, seed,
                    threads);
        }

        public Options withSeed(long value) {
            return new Options(trees, maxFeatures, maxDepth, minSamplesLeaf, bootstrap, criterion, binning, value,
                    threads);
        }

        public Options withThreads(int value) {
            return new Options(trees, maxFeatures, maxDepth, minSamplesLeaf, bootstrap, criterion, binning, seed,
                    value);
        }
    }
}
