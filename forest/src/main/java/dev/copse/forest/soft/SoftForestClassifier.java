package dev.copse.forest.soft;

import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.model.CostedClassifier;

/**
 * A soft forest answering in one {@link InferenceMode}, as a {@link CostedClassifier}.
 *
 * <p>Realised cost of one input, from the {@link InferenceWork} the inference counted (METHODS.md section
 * 3): every evaluated inner node {@code d} fp32 MACs for its split and, in soft modes, one sigmoid; every
 * mixed node {@code C} MACs; in hard mode one comparison per visited inner node (the sign of its split);
 * parameter bytes read: {@code 4 (d + 1)} per evaluated inner node and {@code 4 C} per mixed node; with input
 * scaling, {@code 2 d} other FLOPs. Static cost: every stored parameter (split weights and biases, class
 * logits, leafness), 4 bytes each; the worst case evaluates and mixes every node of every tree.
 *
 * <p>Immutable and thread-safe.
 */
public final class SoftForestClassifier implements CostedClassifier {

    private final SoftForest forest;
    private final InferenceMode mode;
    private final float epsilon;

    private SoftForestClassifier(SoftForest forest, InferenceMode mode, float epsilon) {
        this.forest = forest;
        this.mode = mode;
        this.epsilon = epsilon;
    }

    /** The forest in {@code mode}; pruned-soft uses {@link SoftForest#DEFAULT_PRUNING_EPSILON}. */
    public static SoftForestClassifier of(SoftForest forest, InferenceMode mode) {
        return new SoftForestClassifier(forest, mode, SoftForest.DEFAULT_PRUNING_EPSILON);
    }

    @Override
    public int numFeatures() {
        return forest.numFeatures();
    }

    @Override
    public int numClasses() {
        return forest.numClasses();
    }

    @Override
    public String description() {
        return "soft forest (" + forest.numTrees() + " trees, " + mode.label() + ")";
    }

    @Override
    public void predictProbaUnchecked(float[] x, int offset, float[] out, int outOffset, CostLedger ledger) {
        int d = forest.numFeatures();
        float[] row = new float[d];
        System.arraycopy(x, offset, row, 0, d);
        ForestPredictions predictions = switch (mode) {
            case SOFT -> forest.predictSoft(row, 1);
            case HARD -> forest.predictHard(row, 1);
            case PRUNED_SOFT -> forest.predictPrunedSoft(row, 1, epsilon);
        };
        for (int c = 0; c < forest.numClasses(); c++) {
            out[outOffset + c] = predictions.probability(0, c);
        }
        if (ledger != null) {
            ledger.add(cost(predictions.work(0)));
        }
    }

    private Cost cost(InferenceWork work) {
        int d = forest.numFeatures();
        int c = forest.numClasses();
        CostLedger ledger = new CostLedger();
        ledger.addMacs(work.macs(d, c), Bitwidths.FP32);
        ledger.addNonlinear(work.sigmoids());
        if (mode == InferenceMode.HARD) {
            ledger.addComparisons(work.innerNodesEvaluated());
        }
        ledger.addParameterBytesRead(4L * (d + 1) * work.innerNodesEvaluated() + 4L * c * work.nodesMixed());
        if (forest.inputScaling().isPresent()) {
            ledger.addOtherFlops(2L * d);
        }
        return ledger.snapshot();
    }

    @Override
    public StaticCost staticCost() {
        int d = forest.numFeatures();
        int c = forest.numClasses();
        long parameters = 0;
        int inner = 0;
        int nodes = 0;
        for (SoftTree tree : forest.trees()) {
            parameters += (long) tree.innerNodeCount() * (d + 1) + (long) tree.nodeCount() * (c + 1);
            inner += tree.innerNodeCount();
            nodes += tree.nodeCount();
        }
        Cost worst = cost(new InferenceWork(inner, nodes, mode == InferenceMode.HARD ? 0 : inner));
        return new StaticCost(parameters, 4 * parameters, worst);
    }
}
