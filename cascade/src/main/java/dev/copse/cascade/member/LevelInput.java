package dev.copse.cascade.member;

import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.HashMap;
import java.util.Map;

/**
 * The input matrix of one cascade level's training set: {@code n} rows of {@code d} floats, row-major, and its
 * binned form, computed at most once per {@link BinningOptions} and shared by every member and every fold of
 * the level (members that train on bins take {@link BinnedFeatures#subset} of it for their fold).
 *
 * <p><b>(Copse)</b> The bin edges are fitted on the whole level-training set, held-out folds included. Edges
 * are quantiles of the features alone, never of the labels, so no label information crosses a fold; binning
 * per fold would cost {@code k + 1} binnings per level for edges that differ only in sampling noise.
 *
 * <p>Thread-safe: the feature array is read-only by contract and the binning cache is guarded by this
 * object's lock.
 */
public final class LevelInput {

    private final float[] features; // [n][d] row-major
    private final int size;
    private final int numFeatures;
    private final InputBlocks blocks;
    private final long binningSeed;
    private final int threads;
    private final Map<BinningOptions, BinnedFeatures> binned = new HashMap<>(); // guarded by this

    private LevelInput(float[] features, int size, int numFeatures, InputBlocks blocks, long binningSeed,
                       int threads) {
        this.features = features;
        this.size = size;
        this.numFeatures = numFeatures;
        this.blocks = blocks;
        this.binningSeed = binningSeed;
        this.threads = threads;
    }

    /** {@link #of(float[], int, InputBlocks, long, int)} with one block of features in units of their own. */
    public static LevelInput of(float[] features, int size, int numFeatures, long binningSeed, int threads) {
        if (numFeatures < 1) {
            throw new IllegalArgumentException("a level input needs at least one feature, got " + numFeatures);
        }
        return of(features, size, InputBlocks.single(numFeatures), binningSeed, threads);
    }

    /**
     * Wraps a row-major matrix without copying; the caller must not write into it afterwards.
     *
     * @param features    {@code float[size * blocks.totalWidth()]}, finite
     * @param blocks      how a row is made of source blocks
     * @param binningSeed drives the binner's row subsample (see {@link BinningOptions#sampleRows()})
     * @param threads     most threads for binning, {@code >= 1}
     * @throws IllegalArgumentException if the sizes disagree or a count is not positive
     */
    public static LevelInput of(float[] features, int size, InputBlocks blocks, long binningSeed, int threads) {
        if (blocks == null) {
            throw new IllegalArgumentException("input blocks must not be null");
        }
        int numFeatures = blocks.totalWidth();
        if (features == null) {
            throw new IllegalArgumentException("level input features must not be null");
        }
        if (size < 1 || numFeatures < 1) {
            throw new IllegalArgumentException("a level input needs at least one row and one feature, got " + size
                    + " x " + numFeatures);
        }
        if ((long) size * numFeatures != features.length) {
            throw new IllegalArgumentException("level input has " + features.length + " values but " + size
                    + " rows x " + numFeatures + " features need " + (long) size * numFeatures);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new LevelInput(features, size, numFeatures, blocks, binningSeed, threads);
    }

    /** How a row is made of source blocks. */
    public InputBlocks blocks() {
        return blocks;
    }

    /** Rows {@code n}. */
    public int size() {
        return size;
    }

    /** Features per row {@code d}. */
    public int numFeatures() {
        return numFeatures;
    }

    /** The backing row-major {@code float[n * d]}, not a copy; read-only by contract. */
    public float[] features() {
        return features;
    }

    /**
     * All rows binned with {@code options}: fitted and transformed on the first call for these options, then
     * returned from the cache. Cost of the first call: a binner fit on at most
     * {@link BinningOptions#sampleRows()} rows plus one pass over the matrix.
     */
    public synchronized BinnedFeatures binned(BinningOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("binning options must not be null");
        }
        return binned.computeIfAbsent(options, o -> FeatureBinner.fit(features, size, numFeatures, o, binningSeed,
                threads).transform(features, size, threads));
    }

    @Override
    public String toString() {
        return "LevelInput[" + size + " rows x " + numFeatures + " features]";
    }
}
