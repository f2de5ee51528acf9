package dev.copse.forest.hard;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;

/**
 * gcForest's completely-random tree forest (Zhou and Feng, <i>Deep Forest</i>, IJCAI 2017), the second
 * member type of a cascade level (METHODS.md section 2): at every node a tree picks a random feature among
 * those not constant in the node and a random threshold between the node's smallest and largest value of
 * it, and grows until its leaves are pure. The forest averages its trees' leaf class distributions.
 *
 * <p><b>Threshold on bins.</b> With the features binned
 * ({@link dev.copse.forest.hard.binning.FeatureBinner}), the threshold bin {@code t} is drawn uniformly from
 * {@code [min, max - 1]} for the node's smallest and largest bin of the feature, and bins {@code <= t} go
 * left, so both sides are non-empty. <b>(Copse)</b> Extremely randomised trees (Geurts, Ernst and Wehenkel,
 * 2006) draw the threshold uniformly between the values; here it is uniform on the bin (quantile) scale, as
 * the maintained Python deep forest does on its binned data.
 *
 * <p><b>No bootstrap by default.</b> The reference gcForest implementation builds these forests as
 * scikit-learn's {@code ExtraTreesClassifier(max_features=1)}, whose default is {@code bootstrap=False}:
 * every tree sees the whole training set. (The maintained Python deep forest bootstraps because it takes its
 * class vectors out of bag instead of from k-fold; Copse's cascade uses k-fold.)
 *
 * <p><b>More features per split.</b> With {@link Options#maxFeatures()} above 1 each node draws that many
 * features (see {@link MaxFeatures}), takes one random threshold for each that varies, and keeps the
 * candidate with the best Gini score: extremely randomised trees.
 *
 * <p>Trees grow in parallel, one seed each; a seed gives the same forest for any thread count. Stateless;
 * the {@code fit} methods are thread-safe. Progress: one event per finished tree (listener calls are
 * serialised).
 */
public final class CompletelyRandomForest {

    private CompletelyRandomForest() {
    }

    /**
     * Bins {@code data} with {@link HardForestOptions#binning()} and grows the forest on it.
     *
     * @throws IllegalArgumentException if the options do not fit the data
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
     * Configuration of a completely-random forest. Defaults ({@link #defaults()}): 100 trees, 1 feature per
     * split, unlimited depth, at least 1 row per leaf, no bootstrap, Gini (used only to choose among several
     * candidates), 255 bins, seed 1, one thread per available processor (the thread count never changes the
     * result).
     *
     * @param trees          trees, {@code >= 1}
     * @param maxFeatures    features drawn per node, each varying one giving a random candidate split
     * @param maxDepth       largest leaf depth, {@code >= 1}, or {@link HardForestOptions#UNLIMITED_DEPTH}
     * @param minSamplesLeaf smallest weighted row count on each side of a split, {@code >= 1}; a candidate
     *                       that leaves fewer on a side is dropped and its draw still counts
     * @param bootstrap      whether each tree trains on a bootstrap sample
     * @param criterion      impurity that chooses among candidates
     * @param binning        how {@link #fit(Dataset, Options, ProgressListener)} bins the features
     * @param seed           the one seed of the fit
     * @param threads        most threads, {@code >= 1}
     */
    public record Options(int trees, MaxFeatures maxFeatures, int maxDepth, int minSamplesLeaf, boolean bootstrap,
                          SplitCriterion criterion, BinningOptions binning, long seed, int threads)
            implements HardForestOptions {

        /** @throws IllegalArgumentException naming the first field out of range */
        public Options {
            OptionChecks.check("CompletelyRandomForest.Options", trees, maxFeatures, maxDepth, minSamplesLeaf,
                    criterion, binning, threads);
        }

        /** The defaults listed on the record. */
        public static Options defaults() {
            return new Options(100, MaxFeatures.count(1), UNLIMITED_DEPTH, 1, false, SplitCriterion.GINI,
                    BinningOptions.defaults(), 1L, Runtime.getRuntime().availableProcessors());
        }

        @Override
        public String algorithm() {
            return "completely-random forest";
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
