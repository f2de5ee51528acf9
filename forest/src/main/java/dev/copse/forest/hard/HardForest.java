package dev.copse.forest.hard;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.FeatureBinner;
import dev.copse.forest.hard.parallel.ParallelTasks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A trained forest of axis-aligned trees, made by {@link RandomForest} or {@link CompletelyRandomForest}.
 * Its class probabilities are the mean of the trees' leaf distributions (as scikit-learn's forests
 * average), summed tree by tree in tree order and then divided by the number of trees, so every prediction
 * method returns the same floats for the same row.
 *
 * <p><b>Inputs.</b> Raw rows are compared with each node's float threshold directly (no binning needed: a
 * threshold is the binner's upper edge of the threshold bin, see
 * {@link dev.copse.forest.hard.binning.FeatureBinner}); rows binned by this forest's binner are compared bin
 * to bin and give the same leaves.
 *
 * <p><b>Cost</b> (METHODS.md section 3, {@link dev.copse.efficiency.cost.CostConventions}). Per input and
 * tree: one comparison per inner node passed ({@code hardAxisAlignedNode}), with its 12 parameter bytes
 * (feature, threshold, child) and the 4-byte input value read; at the leaf, its child entry and C floats
 * read and C float additions into the sum; per input, C divisions for the mean (other FLOPs). Static cost:
 * 2 parameters per inner node (feature, threshold) and C per stored leaf distribution (pure leaves share
 * one per class, see {@link HardTree}); bytes as stored (13 per node, 4 C per distribution; the binner,
 * needed only for binned inputs, is not counted); the worst case takes every tree to its deepest leaf.
 *
 * <p><b>Files.</b> {@link #save} and {@link #load} store one forest in a Copse model file of type
 * {@value #MODEL_TYPE}; {@link HardForestArrays} describes the layout and stores several forests in one file.
 *
 * <p>Immutable and thread-safe; batched prediction spreads blocks of rows over threads, with results that
 * do not depend on the thread count.
 */
public final class HardForest implements CostedClassifier {

    /** The model type of a file written by {@link #save}. */
    public static final String MODEL_TYPE = "hard-forest";

    /** Rows per prediction task: all trees visit this block before the next, keeping one tree cache-hot. */
    private static final int ROW_BLOCK = 256;

    private final HardTree[] trees;
    private final FeatureBinner binner;
    private final int numClasses;
    private final HardForestOptions options;
    private final StaticCost staticCost;

    HardForest(HardTree[] trees, FeatureBinner binner, int numClasses, HardForestOptions options) {
        this.trees = trees;
        this.binner = binner;
        this.numClasses = numClasses;
        this.options = options;
        this.staticCost = computeStaticCost();
    }

    /**
     * Trains the forest {@code options} describe (a {@link RandomForest.Options} or a
     * {@link CompletelyRandomForest.Options}) on {@code data}, binning its features first.
     */
    public static HardForest fit(Dataset data, HardForestOptions options, ProgressListener listener) {
        return ForestTrainer.fit(data, options, listener);
    }

    public int numTrees() {
        return trees.length;
    }

    public HardTree tree(int index) {
        if (index < 0 || index >= trees.length) {
            throw new IndexOutOfBoundsException("tree " + index + " outside [0, " + trees.length + ")");
        }
        return trees[index];
    }

    /** The trees in order, unmodifiable. */
    public List<HardTree> trees() {
        return List.of(trees);
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    /** Features {@code d} an input row has. */
    @Override
    public int numFeatures() {
        return binner.numFeatures();
    }

    /** The binner the forest was trained with. */
    public FeatureBinner binner() {
        return binner;
    }

    /** The options it was trained with. */
    public HardForestOptions options() {
        return options;
    }

    /** Nodes of all trees. */
    public long nodeCount() {
        long total = 0;
        for (HardTree tree : trees) {
            total += tree.nodeCount();
        }
        return total;
    }

    /** Leaves of all trees. */
    public long leafCount() {
        long total = 0;
        for (HardTree tree : trees) {
            total += tree.leafCount();
        }
        return total;
    }

    @Override
    public StaticCost staticCost() {
        return staticCost;
    }

    /** The algorithm and the number of trees, e.g. {@code "random forest (100 trees)"}. */
    @Override
    public String description() {
        return options.algorithm() + " (" + trees.length + (trees.length == 1 ? " tree)" : " trees)");
    }

    /**
     * Writes this forest to {@code file} atomically as a model file of type {@value #MODEL_TYPE}, whose header
     * is {@link HardForestArrays#describe} and whose arrays carry no prefix.
     *
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        ModelFileWriter out = new ModelFileWriter(MODEL_TYPE, HardForestArrays.describe(this));
        HardForestArrays.write(this, "", out);
        out.write(file);
    }

    /**
     * Reads a forest written by {@link #save}; it predicts bit for bit as the saved one did.
     *
     * @throws dev.copse.core.modelfile.ModelFileException naming the file and the problem if it is not a
     *         {@value #MODEL_TYPE} file or fails any check {@link HardForestArrays#read} makes
     * @throws IOException if the file cannot be read
     */
    public static HardForest load(Path file) throws IOException {
        ModelFile model = ModelFile.read(file).requireType(MODEL_TYPE);
        return HardForestArrays.read(model, "", model.header());
    }

    /** Class probabilities of every row of {@code data}, {@code [n][C]} row-major. */
    public float[] predictProba(Dataset data) {
        return predictProba(data.features(), data.size(), options.threads());
    }

    /** As {@link #predictProba(float[], int, int)} with the training thread count. */
    public float[] predictProba(float[] x, int n) {
        return predictProba(x, n, options.threads());
    }

    /**
     * Class probabilities of {@code n} raw rows stored row-major in {@code x[n * d]}.
     *
     * @return {@code float[n * C]}, row-major; each row sums to 1 up to float rounding
     * @throws IllegalArgumentException if the length disagrees with {@code n}, a value is NaN (naming row and
     *                                  column), or {@code threads < 1}
     */
    public float[] predictProba(float[] x, int n, int threads) {
        int d = numFeatures();
        checkRows(x == null ? -1 : x.length, n, d);
        checkThreads(threads);
        float[] out = new float[n * numClasses];
        ParallelTasks.run(Math.ceilDiv(n, ROW_BLOCK), threads, () -> block -> {
            int from = block * ROW_BLOCK;
            int to = Math.min(n, from + ROW_BLOCK);
            for (int r = from; r < to; r++) {
                checkNoNaN(x, r * d, d, r);
            }
            for (HardTree tree : trees) {
                float[] values = tree.leafValues();
                for (int r = from; r < to; r++) {
                    add(values, tree.leafOffset(tree.leafNode(x, r * d)), out, r * numClasses);
                }
            }
            divide(out, from * numClasses, to * numClasses);
        });
        return out;
    }

    /**
     * Class probabilities of rows binned by this forest's binner.
     *
     * @throws IllegalArgumentException if {@code x} was binned by a different binner, or {@code threads < 1}
     */
    public float[] predictProba(BinnedFeatures x, int threads) {
        if (!x.binner().equals(binner)) {
            throw new IllegalArgumentException("features were binned by a different binner than the forest's; "
                    + "bin them with forest.binner() or pass raw values");
        }
        checkThreads(threads);
        int n = x.size();
        float[] out = new float[n * numClasses];
        ParallelTasks.run(Math.ceilDiv(n, ROW_BLOCK), threads, () -> block -> {
            int from = block * ROW_BLOCK;
            int to = Math.min(n, from + ROW_BLOCK);
            for (HardTree tree : trees) {
                float[] values = tree.leafValues();
                for (int r = from; r < to; r++) {
                    add(values, tree.leafOffset(tree.leafNode(x, r)), out, r * numClasses);
                }
            }
            divide(out, from * numClasses, to * numClasses);
        });
        return out;
    }

    /**
     * Class probabilities of one raw row {@code row[offset .. offset + d)} into
     * {@code out[outOffset .. outOffset + C)}; allocates nothing.
     *
     * @throws IllegalArgumentException if a value of the row is NaN
     */
    public void predictProba(float[] row, int offset, float[] out, int outOffset) {
        int d = numFeatures();
        checkNoNaN(row, offset, d, -1);
        Arrays.fill(out, outOffset, outOffset + numClasses, 0f);
        for (HardTree tree : trees) {
            add(tree.leafValues(), tree.leafOffset(tree.leafNode(row, offset)), out, outOffset);
        }
        divide(out, outOffset, outOffset + numClasses);
    }

    /**
     * As {@link #predictProba(float[], int, float[], int)}, adding the realised cost of this input to
     * {@code ledger} (see the class description); a null ledger records nothing.
     */
    @Override
    public void predictProbaUnchecked(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        if (ledger == null) {
            predictProba(row, offset, out, outOffset);
            return;
        }
        int d = numFeatures();
        checkNoNaN(row, offset, d, -1);
        Arrays.fill(out, outOffset, outOffset + numClasses, 0f);
        for (HardTree tree : trees) {
            add(tree.leafValues(), tree.leafOffset(tree.leafNode(row, offset, ledger)), out, outOffset);
            ledger.addParameterBytesRead(4L + (long) numClasses * Float.BYTES);
            ledger.addOtherFlops(numClasses);
        }
        divide(out, outOffset, outOffset + numClasses);
        ledger.addOtherFlops(numClasses);
    }

    /** The most probable class of every row of {@code data} (the lowest class on ties). */
    public int[] predict(Dataset data) {
        return argmax(predictProba(data), data.size());
    }

    /** The most probable class of {@code n} raw rows (the lowest class on ties). */
    public int[] predict(float[] x, int n) {
        return argmax(predictProba(x, n), n);
    }

    @Override
    public String toString() {
        return "HardForest[" + options.algorithm() + ", " + trees.length + " trees, " + nodeCount() + " nodes, "
                + numClasses + " classes, " + numFeatures() + " features]";
    }

    private int[] argmax(float[] proba, int n) {
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            int base = r * numClasses;
            int best = 0;
            for (int c = 1; c < numClasses; c++) {
                if (proba[base + c] > proba[base + best]) {
                    best = c;
                }
            }
            labels[r] = best;
        }
        return labels;
    }

    private void add(float[] values, int from, float[] out, int to) {
        for (int c = 0; c < numClasses; c++) {
            out[to + c] += values[from + c];
        }
    }

    private void divide(float[] out, int from, int to) {
        float count = trees.length;
        for (int k = from; k < to; k++) {
            out[k] /= count;
        }
    }

    private StaticCost computeStaticCost() {
        long parameters = 0;
        long bytes = 0;
        long comparisons = 0;
        long parameterBytesRead = 0;
        for (HardTree tree : trees) {
            parameters += 2L * tree.innerCount() + (long) tree.distributionCount() * numClasses;
            bytes += tree.bytes();
            comparisons += tree.depth();
            parameterBytesRead += (long) tree.depth() * HardTree.BYTES_READ_PER_INNER_NODE + 4L
                    + (long) numClasses * Float.BYTES;
        }
        long flops = (long) (trees.length + 1) * numClasses;
        Cost worst = new Cost(new TreeMap<>(), flops, comparisons, 0, parameterBytesRead,
                comparisons * Float.BYTES);
        return new StaticCost(parameters, bytes, worst);
    }

    private static void checkRows(int length, int n, int d) {
        if (length < 0) {
            throw new IllegalArgumentException("feature array must not be null");
        }
        if (n < 0 || (long) n * d != length) {
            throw new IllegalArgumentException("feature array has " + length + " values but " + n + " rows x " + d
                    + " features need " + (long) n * d);
        }
    }

    private static void checkThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** Checks {@code x[offset .. offset + d)}; {@code row} names it in the message, -1 for a single row. */
    private static void checkNoNaN(float[] x, int offset, int d, int row) {
        for (int j = 0; j < d; j++) {
            if (Float.isNaN(x[offset + j])) {
                throw new IllegalArgumentException("value at " + (row < 0 ? "" : "row " + row + ", ") + "column "
                        + j + " is NaN; impute missing values before predicting");
            }
        }
    }
}
