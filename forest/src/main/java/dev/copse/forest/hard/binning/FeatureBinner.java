package dev.copse.forest.hard.binning;

import dev.copse.core.data.Dataset;
import dev.copse.forest.hard.parallel.ParallelTasks;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Maps each feature's float values to at most 255 bins learned from training data, so trees split on bytes.
 * The edges of a feature come from its training values as {@link BinEdges} describes (one bin per distinct
 * value when there are few, quantile bins otherwise); a value {@code x} falls in bin
 * {@code bin(x) = #{edges < x}}, hence {@code bin(x) <= b} exactly when {@code x <= upperEdge(b)}. A tree
 * split "bin &lt;= b" is therefore the same test as "x &lt;= upperEdge(b)" on raw values, and a trained forest
 * can predict from raw floats without binning them first.
 *
 * <p><b>Fitting.</b> When the training set has more rows than {@link BinningOptions#sampleRows()}, that many
 * rows are drawn without replacement by a partial Fisher–Yates shuffle driven by
 * {@code new SplittableRandom(seed)}; otherwise every row is used. The cost is dominated by sorting each
 * feature's sample: O(d m log m) for m sampled rows, spread over the given threads. The result does not
 * depend on the thread count.
 *
 * <p><b>Transforming</b> costs at most 9 comparisons per value (a test for bin 0, then a branch-free binary
 * search over the edges padded to 255 with +infinity) and writes {@link BinnedFeatures} in column-major
 * order.
 *
 * <p>Immutable and thread-safe. Two binners with the same edges are {@link #equals equal}.
 */
public final class FeatureBinner {

    /** Features per block when gathering column samples: one cache line of floats per row. */
    private static final int FEATURE_BLOCK = 16;
    /** Rows per task when transforming. */
    private static final int ROW_BLOCK = 4096;
    /**
     * Rows binned together feature by feature: their input rows stay cache-resident while every feature is
     * read from them with a stride of {@code d}, and each feature's output is one cache line.
     */
    private static final int ROW_TILE = 64;
    /** Length of a padded search table: the most edges 255 bins can have, 2^8 - 1. */
    private static final int TABLE = BinningOptions.MAX_BINS;

    private final float[][] edges;  // [d][numBins(f) - 1], strictly increasing
    private final float[][] tables; // [d][255]: the edges, then +infinity

    private FeatureBinner(float[][] edges) {
        this.edges = edges;
        this.tables = new float[edges.length][];
        for (int f = 0; f < edges.length; f++) {
            float[] table = Arrays.copyOf(edges[f], TABLE);
            Arrays.fill(table, edges[f].length, TABLE, Float.POSITIVE_INFINITY);
            tables[f] = table;
        }
    }

    /**
     * Fits the bins of every feature of {@code data}.
     *
     * @param seed    drives the row subsample when the data has more rows than the options allow
     * @param threads most threads to use, {@code >= 1}; the result does not depend on it
     */
    public static FeatureBinner fit(Dataset data, BinningOptions options, long seed, int threads) {
        return fit(data.features(), data.size(), data.numFeatures(), options, seed, threads);
    }

    /**
     * Fits the bins of {@code d} features from {@code n} rows stored row-major in {@code x[n * d]}.
     *
     * @throws IllegalArgumentException if the sizes disagree, a value is NaN or infinite (naming row and
     *                                  column), or {@code threads < 1}
     */
    public static FeatureBinner fit(float[] x, int n, int d, BinningOptions options, long seed, int threads) {
        checkShape(x, n, d);
        if (options == null) {
            throw new IllegalArgumentException("binning options must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int[] rows = sampleRows(n, options.sampleRows(), seed);
        float[][] edges = new float[d][];
        int blocks = Math.ceilDiv(d, FEATURE_BLOCK);
        ParallelTasks.run(blocks, threads, () -> {
            float[][] columns = new float[FEATURE_BLOCK][rows.length];
            return block -> fitBlock(x, d, rows, block * FEATURE_BLOCK, columns, options.maxBins(), edges);
        });
        return new FeatureBinner(edges);
    }

    /**
     * A binner with the given edges, e.g. read back from a saved model. Copies the arrays.
     *
     * @param edges one array per feature, each strictly increasing, finite, with at most 254 edges
     * @throws IllegalArgumentException naming the feature and position of the first bad edge
     */
    public static FeatureBinner ofEdges(float[][] edges) {
        if (edges == null || edges.length == 0) {
            throw new IllegalArgumentException("a binner needs the edges of at least one feature");
        }
        float[][] copy = new float[edges.length][];
        for (int f = 0; f < edges.length; f++) {
            float[] e = edges[f];
            if (e == null || e.length > TABLE - 1) {
                throw new IllegalArgumentException("feature " + f + " needs 0 to " + (TABLE - 1) + " edges, got "
                        + (e == null ? "null" : e.length));
            }
            for (int k = 0; k < e.length; k++) {
                if (!Float.isFinite(e[k]) || (k > 0 && !(e[k] > e[k - 1]))) {
                    throw new IllegalArgumentException("edge " + k + " of feature " + f + " is " + e[k]
                            + "; edges must be finite and strictly increasing");
                }
            }
            copy[f] = e.clone();
        }
        return new FeatureBinner(copy);
    }

    /** Features {@code d} this binner knows. */
    public int numFeatures() {
        return edges.length;
    }

    /** Bins of {@code feature}, in {@code [1, 255]}; 1 for a feature that was constant in training. */
    public int numBins(int feature) {
        return edges[checkFeature(feature)].length + 1;
    }

    /** The edges of {@code feature}: a fresh copy, strictly increasing, {@code numBins(feature) - 1} long. */
    public float[] edges(int feature) {
        return edges[checkFeature(feature)].clone();
    }

    /**
     * The largest value of bin {@code bin} of {@code feature}: {@code x <= upperEdge(f, b)} exactly when
     * {@code bin(f, x) <= b}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= bin < numBins(feature) - 1}
     */
    public float upperEdge(int feature, int bin) {
        float[] e = edges[checkFeature(feature)];
        if (bin < 0 || bin >= e.length) {
            throw new IndexOutOfBoundsException("feature " + feature + " has upper edges for bins 0 to "
                    + (e.length - 1) + ", not " + bin);
        }
        return e[bin];
    }

    /**
     * The bin of {@code value} in {@code feature}: the number of edges below it.
     *
     * @throws IllegalArgumentException if the value is NaN
     */
    public int bin(int feature, float value) {
        if (Float.isNaN(value)) {
            throw new IllegalArgumentException("cannot bin NaN (feature " + feature + ")");
        }
        return search(tables[checkFeature(feature)], value);
    }

    /** Bins every value of {@code data}; see {@link #transform(float[], int, int)}. */
    public BinnedFeatures transform(Dataset data, int threads) {
        return transform(data.features(), data.size(), threads);
    }

    /**
     * Bins {@code n} rows stored row-major in {@code x[n * numFeatures()]}. Cost: at most 9 comparisons per value,
     * spread over the threads in blocks of rows.
     *
     * @throws IllegalArgumentException if the length disagrees with {@code n}, a value is NaN (naming row and
     *                                  column), or {@code threads < 1}
     */
    public BinnedFeatures transform(float[] x, int n, int threads) {
        int d = edges.length;
        checkShape(x, n, d);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        byte[][] columns = new byte[d][n];
        ParallelTasks.run(Math.ceilDiv(n, ROW_BLOCK), threads, () -> block -> {
            int end = Math.min(n, (block + 1) * ROW_BLOCK);
            for (int from = block * ROW_BLOCK; from < end; from += ROW_TILE) {
                int to = Math.min(end, from + ROW_TILE);
                for (int f = 0; f < d; f++) {
                    float[] table = tables[f];
                    byte[] column = columns[f];
                    for (int r = from; r < to; r++) {
                        float v = x[r * d + f];
                        if (Float.isNaN(v)) {
                            throw new IllegalArgumentException("value at row " + r + ", column " + f
                                    + " is NaN; impute missing values before binning");
                        }
                        column[r] = (byte) search(table, v);
                    }
                }
            }
        });
        return new BinnedFeatures(columns, n, this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureBinner binner && Arrays.deepEquals(edges, binner.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(edges);
    }

    @Override
    public String toString() {
        int most = 0;
        for (float[] e : edges) {
            most = Math.max(most, e.length + 1);
        }
        return "FeatureBinner[" + edges.length + " features, at most " + most + " bins]";
    }

    /**
     * Number of entries of the padded 255-entry {@code table} below {@code v}: 8 branch-free steps, after a
     * test for the first bin, which holds most values of sparse features (MNIST's blank pixels).
     */
    private static int search(float[] table, float v) {
        if (v <= table[0]) {
            return 0;
        }
        int pos = 0;
        pos += table[pos + 127] < v ? 128 : 0;
        pos += table[pos + 63] < v ? 64 : 0;
        pos += table[pos + 31] < v ? 32 : 0;
        pos += table[pos + 15] < v ? 16 : 0;
        pos += table[pos + 7] < v ? 8 : 0;
        pos += table[pos + 3] < v ? 4 : 0;
        pos += table[pos + 1] < v ? 2 : 0;
        pos += table[pos] < v ? 1 : 0;
        return pos;
    }

    private static void fitBlock(float[] x, int d, int[] rows, int first, float[][] columns, int maxBins,
                                 float[][] edges) {
        int width = Math.min(FEATURE_BLOCK, d - first);
        for (int k = 0; k < rows.length; k++) {
            int base = rows[k] * d + first;
            for (int j = 0; j < width; j++) {
                float v = x[base + j];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("value at row " + rows[k] + ", column " + (first + j)
                            + " is " + v + "; bins need finite training values");
                }
                columns[j][k] = v;
            }
        }
        for (int j = 0; j < width; j++) {
            Arrays.sort(columns[j]);
            edges[first + j] = BinEdges.fromSorted(columns[j], rows.length, maxBins);
        }
    }

    /** All rows in order when {@code n <= limit}, else {@code limit} rows drawn without replacement, sorted. */
    private static int[] sampleRows(int n, int limit, long seed) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        if (n <= limit) {
            return rows;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < limit; i++) {
            int j = i + random.nextInt(n - i);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
        int[] chosen = Arrays.copyOf(rows, limit);
        Arrays.sort(chosen);
        return chosen;
    }

    private int checkFeature(int feature) {
        if (feature < 0 || feature >= edges.length) {
            throw new IndexOutOfBoundsException("feature " + feature + " outside [0, " + edges.length + ")");
        }
        return feature;
    }

    private static void checkShape(float[] x, int n, int d) {
        if (x == null) {
            throw new IllegalArgumentException("feature array must not be null");
        }
        if (n < 1 || d < 1) {
            throw new IllegalArgumentException("need at least one row and one feature, got " + n + " x " + d);
        }
        if ((long) n * d != x.length) {
            throw new IllegalArgumentException("feature array has " + x.length + " values but " + n + " rows x "
                    + d + " features need " + (long) n * d);
        }
    }
}
