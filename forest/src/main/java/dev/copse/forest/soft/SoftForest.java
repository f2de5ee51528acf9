package dev.copse.forest.soft;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.train.SoftForestTrainer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trained forest of budding soft trees (Shen, Wang, Wang, 2020: soft routing with learned topology),
 * combined by a {@link Combination}. Immutable and thread-safe.
 *
 * <p>Three inference modes, each returning per input the work it actually did:
 * <ul>
 *   <li>{@link #predictSoft soft}: the full mixture over every retained node; all splits of all trees are
 *       computed as one matrix product per block of rows;</li>
 *   <li>{@link #predictHard hard}: one root-to-leaf path per tree (see {@link SoftTree} for the rule);</li>
 *   <li>{@link #predictPrunedSoft pruned-soft}: <b>(Copse)</b> the soft mixture, skipping every subtree whose
 *       flow (probability of reaching it) is below epsilon; only visited splits are computed.</li>
 * </ul>
 * Inputs are rows of a row-major {@code n x d} array. If an {@link InputScaling} is attached it is applied
 * to the rows first; otherwise rows must already be standardised as during training.
 */
public final class SoftForest {

    /** Default epsilon of {@link #predictPrunedSoft(float[], int)}. */
    public static final float DEFAULT_PRUNING_EPSILON = 1e-3f;

    private final List<SoftTree> trees;
    private final Combination combination;
    private final int features;
    private final int classes;
    private final InputScaling scaling;
    private final float[] allWeights;   // [sum_t m_t][d], inner rows of every tree
    private final int[] innerOffset;    // [T + 1], first row of tree t in allWeights

    /**
     * @throws IllegalArgumentException if {@code trees} is empty or the trees disagree on features or classes
     */
    public SoftForest(List<SoftTree> trees, Combination combination) {
        this(List.copyOf(trees), combination, null);
    }

    private SoftForest(List<SoftTree> trees, Combination combination, InputScaling scaling) {
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("a forest needs at least one tree");
        }
        if (combination == null) {
            throw new IllegalArgumentException("combination must be MIXTURE or SUMMED_LOGITS, got null");
        }
        this.features = trees.get(0).numFeatures();
        this.classes = trees.get(0).numClasses();
        for (int t = 0; t < trees.size(); t++) {
            if (trees.get(t).numFeatures() != features || trees.get(t).numClasses() != classes) {
                throw new IllegalArgumentException("tree " + t + " has " + trees.get(t).numFeatures() + " features and "
                        + trees.get(t).numClasses() + " classes; tree 0 has " + features + " and " + classes);
            }
        }
        if (scaling != null && scaling.features() != features) {
            throw new IllegalArgumentException("input scaling has " + scaling.features()
                    + " features, the forest has " + features);
        }
        this.trees = trees;
        this.combination = combination;
        this.scaling = scaling;
        this.innerOffset = new int[trees.size() + 1];
        for (int t = 0; t < trees.size(); t++) {
            innerOffset[t + 1] = innerOffset[t] + trees.get(t).innerNodeCount();
        }
        this.allWeights = new float[innerOffset[trees.size()] * features];
        for (int t = 0; t < trees.size(); t++) {
            float[] w = trees.get(t).weightsView();
            System.arraycopy(w, 0, allWeights, innerOffset[t] * features, w.length);
        }
    }

    /**
     * Trains a forest: see {@link SoftForestTrainer#fit}.
     *
     * @param x rows {@code n x d} row-major, standardised
     * @param y class of each row in {@code [0, numClasses)}
     */
    public static SoftForest fit(float[] x, int[] y, int d, int numClasses, Options options,
                                 ProgressListener listener) {
        return SoftForestTrainer.fit(x, y, d, numClasses, options, listener);
    }

    /**
     * Trains a forest on a dataset's raw features and attaches the input scaling it learned with, so the
     * returned forest takes raw rows. The scaling is fitted on {@code train} only, by
     * {@link InputScaling#fit(Dataset)}.
     */
    public static SoftForest fit(Dataset train, Options options, ProgressListener listener) {
        train.requireTwoClasses("a soft forest");
        InputScaling scaling = InputScaling.fit(train);
        float[] x = scaling.apply(train.features());
        return fit(x, train.labels(), train.numFeatures(), train.numClasses(), options, listener)
                .withInputScaling(scaling);
    }

    /** This forest applying {@code scaling} to every input before routing. */
    public SoftForest withInputScaling(InputScaling scaling) {
        if (scaling == null) {
            throw new IllegalArgumentException("input scaling must not be null");
        }
        return new SoftForest(trees, combination, scaling);
    }

    public Optional<InputScaling> inputScaling() {
        return Optional.ofNullable(scaling);
    }

    public int numTrees() {
        return trees.size();
    }

    public SoftTree tree(int t) {
        return trees.get(t);
    }

    public List<SoftTree> trees() {
        return trees;
    }

    public Combination combination() {
        return combination;
    }

    public int numFeatures() {
        return features;
    }

    public int numClasses() {
        return classes;
    }

    /** Inner nodes of all trees: the splits one soft inference computes. */
    public int innerNodeCount() {
        return innerOffset[trees.size()];
    }

    public List<TreeSummary> summaries() {
        List<TreeSummary> out = new ArrayList<>(trees.size());
        for (SoftTree tree : trees) {
            out.add(tree.summary());
        }
        return out;
    }

    /** <b>(Copse)</b> Finalises every tree, see {@link SoftTree#finalise(float)}; keeps the input scaling. */
    public SoftForest finalise(float leafThreshold) {
        List<SoftTree> out = new ArrayList<>(trees.size());
        for (SoftTree tree : trees) {
            out.add(tree.finalise(leafThreshold));
        }
        return new SoftForest(out, combination, scaling);
    }

    /**
     * Soft inference of {@code n} rows: per block of rows one matrix product computes every split of every
     * tree, then each tree mixes all its nodes. Work per input: every inner node evaluated with one sigmoid,
     * every node mixed.
     */
    public ForestPredictions predictSoft(float[] x, int n) {
        return new SoftInference(this).predict(checked(x, n), n);
    }

    /** Hard inference: one path per tree, one split and no sigmoid per visited inner node. */
    public ForestPredictions predictHard(float[] x, int n) {
        return new PathInference(this).predictHard(checked(x, n), n);
    }

    /** Pruned-soft inference with {@link #DEFAULT_PRUNING_EPSILON}. */
    public ForestPredictions predictPrunedSoft(float[] x, int n) {
        return predictPrunedSoft(x, n, DEFAULT_PRUNING_EPSILON);
    }

    /**
     * Pruned-soft inference: subtrees whose flow is below {@code epsilon} are neither computed nor mixed.
     * With {@code epsilon = 0} every node is visited and the result is the soft mixture.
     *
     * @param epsilon in [0, 1]
     */
    public ForestPredictions predictPrunedSoft(float[] x, int n, float epsilon) {
        if (!(epsilon >= 0f && epsilon <= 1f)) {
            throw new IllegalArgumentException("pruning epsilon must be in [0, 1], got " + epsilon);
        }
        return new PathInference(this).predictPruned(checked(x, n), n, epsilon);
    }

    private float[] checked(float[] x, int n) {
        if (n < 0 || x == null || (long) n * features != x.length) {
            throw new IllegalArgumentException("expected " + n + " rows of " + features + " features ("
                    + (long) n * features + " values), got " + (x == null ? "null" : x.length + " values"));
        }
        return scaling == null ? x : scaling.apply(x);
    }

    float[] allWeights() {
        return allWeights;
    }

    int innerOffset(int t) {
        return innerOffset[t];
    }
}
