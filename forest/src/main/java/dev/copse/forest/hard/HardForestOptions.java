package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.BinningOptions;

/**
 * What the two axis-aligned forests share in their configuration; {@link RandomForest.Options} and
 * {@link CompletelyRandomForest.Options} are the only implementations and differ in their defaults and in
 * how a split is chosen.
 *
 * <p><b>Split scoring.</b> A candidate split of a node with class weights {@code P_c} (total {@code W}) into
 * {@code L_c} and {@code R_c} (totals {@code W_L}, {@code W_R}) reduces the weighted Gini impurity by
 * {@code (sum L_c^2 / W_L + sum R_c^2 / W_R) - sum P_c^2 / W}; trees maximise the bracket, whose sums of
 * squares are updated in O(1) as rows move from right to left. Any split with both sides non-empty and at
 * least {@link #minSamplesLeaf()} on each side is allowed, even one that does not reduce impurity (as
 * scikit-learn's trees with {@code min_impurity_decrease = 0}).
 *
 * <p><b>Weights.</b> With {@link #bootstrap()} a tree sees {@code n} rows drawn with replacement, kept as
 * each distinct row with its multiplicity; impurity, leaf distributions and {@link #minSamplesLeaf()} all
 * count rows with that multiplicity, as if the duplicates were there.
 */
public sealed interface HardForestOptions permits RandomForest.Options, CompletelyRandomForest.Options {

    /** Depth limit meaning "grow until leaves are pure or cannot be split". */
    int UNLIMITED_DEPTH = Integer.MAX_VALUE;

    /** Trees in the forest, {@code >= 1}. */
    int trees();

    /** Features drawn per split (see {@link MaxFeatures} for how constant features count). */
    MaxFeatures maxFeatures();

    /** Largest depth of a leaf (the root has depth 0), {@code >= 1}; {@link #UNLIMITED_DEPTH} for none. */
    int maxDepth();

    /** Smallest (weighted) row count on each side of a split, {@code >= 1}. */
    int minSamplesLeaf();

    /** Whether each tree trains on a bootstrap sample ({@code n} rows drawn with replacement). */
    boolean bootstrap();

    /** The impurity splits minimise. */
    SplitCriterion criterion();

    /** How {@code fit(Dataset, ...)} bins the features; unused by the fit on pre-binned features. */
    BinningOptions binning();

    /**
     * The one seed of a fit: tree {@code t} grows from the {@code (t+1)}-th {@code nextLong()} of
     * {@code new SplittableRandom(seed)}, and the binner's row subsample uses {@code seed} itself.
     */
    long seed();

    /** Most threads for training (over trees) and, by default, for batched prediction; {@code >= 1}. */
    int threads();

    /** A short name of the algorithm for progress reports and descriptions, e.g. {@code "random forest"}. */
    String algorithm();

    /** These options with {@link #trees()} replaced. */
    HardForestOptions withTrees(int value);

    /** These options with {@link #maxDepth()} replaced. */
    HardForestOptions withMaxDepth(int value);

    /** These options with {@link #seed()} replaced. */
    HardForestOptions withSeed(long value);

    /** These options with {@link #threads()} replaced. */
    HardForestOptions withThreads(int value);
}
