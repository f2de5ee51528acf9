package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.InferenceWork;
import dev.copse.forest.soft.SoftForest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * One depth-2 budding tree (d = 2, C = 2) worked out by hand, through the training objective and through
 * the compact model assembled from the same parameters.
 *
 * <pre>
 * x = (1, 2), y = 1, beta = 1.
 * node 0 (root): w = (1, 0), b = -1         z = 0      p = 1/2    q = 0.2 (a = ln 1/4)
 * node 1 (left): w = (0, 1), b = -2 + ln 3  z = ln 3   p = 3/4    q = 0.5 (a = 0)
 * node 2 (right): w = (1, 1), b = -3 - ln 3 z = -ln 3  p = 1/4    q = 0.8 (a = ln 4)
 * leaves 3, 4 (children of 1), 5, 6 (children of 2): q = 1.
 *
 * flows: f0 = 1, f1 = f2 = 1 * 0.8 * 1/2 = 0.4,
 *        f3 = 0.4 * 0.5 * 3/4 = 0.15, f4 = 0.05, f5 = 0.4 * 0.2 * 1/4 = 0.02, f6 = 0.06
 * weights w = f q: 0.2, 0.2, 0.32, 0.15, 0.05, 0.02, 0.06 (they sum to 1).
 *
 * theta: n0 (0,0), n1 (1,0), n2 (0,2), n3 (2,0), n4 (0,1), n5 (1,1), n6 (0,0)
 * summed logits: class 0: 0.2*1 + 0.15*2 + 0.02*1 = 0.52; class 1: 0.32*2 + 0.05*1 + 0.02*1 = 0.71
 *   P(1) = sigmoid(0.71 - 0.52) = sigmoid(0.19) = 0.5473576, CE = -ln P(1) = 0.6026529
 * mixture: pi = softmax(theta): n1 (0.7310586, 0.2689414), n2 (0.1192029, 0.8807971), n3 (0.8807971, 0.1192029),
 *   n4 (0.2689414, 0.7310586), n0 = n5 = n6 = (1/2, 1/2)
 *   P(1) = 0.1 + 0.2*0.2689414 + 0.32*0.8807971 + 0.15*0.1192029 + 0.05*0.7310586 + 0.01 + 0.03 = 0.5300767,
 *   CE = 0.6347335
 * size: E[#splits] = (1-q0) + (1-q0)(1-q1) + (1-q0)(1-q2) = 0.8 + 0.4 + 0.16 = 1.36
 * balance (one row, masses M = mu): M0 = 1, M1 = M2 = 1/2, M3 = 3/8, M4 = 1/8, M5 = 1/8, M6 = 3/8
 *   root: ln 1 - 1/2 ln 1/2 - 1/2 ln 1/2 = ln 2 = 0.6931472 (weight lambda)
 *   nodes 1, 2: ln 1/2 - 1/2 ln 3/8 - 1/2 ln 1/8 = 0.8369882 each (weight lambda/2)
 *   total = lambda (0.6931472 + 0.8369882) = 1.5301354 lambda
 * </pre>
 */
class HandComputedTreeTest {

    private static final double LN3 = Math.log(3);

    private static ForestParameters parameters() {
        ForestLayout layout = new ForestLayout(1, 2, 2, 2);
        float[] v = new float[layout.size];
        float[] w = {1, 0, 0, 1, 1, 1};
        System.arraycopy(w, 0, v, 0, 6);
        v[layout.biasOffset] = -1f;
        v[layout.biasOffset + 1] = (float) (-2 + LN3);
        v[layout.biasOffset + 2] = (float) (-3 - LN3);
        v[layout.leafnessOffset] = (float) Math.log(0.25);
        v[layout.leafnessOffset + 1] = 0f;
        v[layout.leafnessOffset + 2] = (float) Math.log(4);
        float[] theta = {0, 0, 1, 0, 0, 2, 2, 0, 0, 1, 1, 1, 0, 0};
        System.arraycopy(theta, 0, v, layout.logitOffset, theta.length);
        NodeState[] state = new NodeState[layout.totalNodes];
        Arrays.fill(state, NodeState.ACTIVE);
        return new ForestParameters(layout, v, null, state);
    }

    private static double loss(Combination combination, Penalties penalties) {
        ForestParameters p = parameters();
        BatchObjective objective = new BatchObjective(p.layout, combination, 1, 1, new ParallelRanges(1));
        BatchBuffers buf = objective.buffers();
        buf.gather(new float[] {1, 2}, new int[] {1}, 2, new int[] {0}, 0, 1);
        buf.weight[0] = 1f;
        return objective.lossAndGradient(p, penalties, 1f, true, new float[p.layout.size]);
    }

    @Test
    void summedLogitsLoss() {
        assertEquals(0.6026529, loss(Combination.SUMMED_LOGITS, new Penalties(0f, 0f, 0f)), 1e-6);
    }

    @Test
    void mixtureLoss() {
        assertEquals(0.6347335, loss(Combination.MIXTURE, new Penalties(0f, 0f, 0f)), 1e-6);
    }

    @Test
    void sizePenaltyIsTheExpectedNumberOfSplits() {
        assertEquals(0.6026529 + 0.1 * 1.36, loss(Combination.SUMMED_LOGITS, new Penalties(0.1f, 0f, 0f)), 1e-6);
    }

    @Test
    void balancePenalty() {
        assertEquals(0.6026529 + 0.2 * 1.5301354, loss(Combination.SUMMED_LOGITS, new Penalties(0f, 0.2f, 0f)), 1e-5);
    }

    @Test
    void l2OnSplitWeights() {
        // ||W||^2 = 1 + 1 + 1 + 1 = 4; (l2 / 2) * 4 = 2 l2.
        assertEquals(0.6026529 + 2 * 0.3, loss(Combination.SUMMED_LOGITS, new Penalties(0f, 0f, 0.3f)), 1e-6);
    }

    @Test
    void compactModelPredictsTheSameMixture() {
        float[] x = {1, 2};
        SoftForest summed = ForestAssembly.toForest(parameters(), 1f, Combination.SUMMED_LOGITS);
        assertEquals(0.5473576, summed.predictSoft(x, 1).probability(0, 1), 1e-6);
        SoftForest mixture = ForestAssembly.toForest(parameters(), 1f, Combination.MIXTURE);
        assertEquals(0.5300767, mixture.predictSoft(x, 1).probability(0, 1), 1e-6);
    }

    /** Halving the weights and doubling beta is the same tree: the assembly folds beta into the splits. */
    @Test
    void temperatureIsFoldedIntoTheSplits() {
        ForestParameters p = parameters();
        for (int k = 0; k < p.layout.leafnessOffset; k++) {
            p.values[k] /= 2;
        }
        SoftForest f = ForestAssembly.toForest(p, 2f, Combination.SUMMED_LOGITS);
        assertEquals(0.5473576, f.predictSoft(new float[] {1, 2}, 1).probability(0, 1), 1e-6);
    }

    /**
     * Hard routing: z0 = 0 is a tie and goes left (node 1, q = 0.5 does not stop), z1 = ln 3 > 0 goes left to
     * leaf 3, whose logits (2, 0) give P(1) = sigmoid(-2) = 0.1192029 after two split evaluations.
     */
    @Test
    void hardPath() {
        SoftForest f = ForestAssembly.toForest(parameters(), 1f, Combination.SUMMED_LOGITS);
        ForestPredictions hard = f.predictHard(new float[] {1, 2}, 1);
        assertEquals(0.1192029, hard.probability(0, 1), 1e-6);
        assertEquals(new InferenceWork(2, 1, 0), hard.work(0));
    }

    /** Pruning by flow: 0.03 drops leaf 5 (0.02); 0.1 drops leaves 4, 5, 6; 0.5 drops both subtrees. */
    @Test
    void prunedWork() {
        SoftForest f = ForestAssembly.toForest(parameters(), 1f, Combination.SUMMED_LOGITS);
        float[] x = {1, 2};
        assertEquals(new InferenceWork(3, 7, 3), f.predictPrunedSoft(x, 1, 0f).work(0));
        assertEquals(new InferenceWork(3, 6, 3), f.predictPrunedSoft(x, 1, 0.03f).work(0));
        assertEquals(new InferenceWork(3, 4, 3), f.predictPrunedSoft(x, 1, 0.1f).work(0));
        assertEquals(new InferenceWork(1, 1, 1), f.predictPrunedSoft(x, 1, 0.5f).work(0));
        // Eps 0.5 keeps only the root, weight 0.2 on logits (0, 0): uniform.
        assertEquals(0.5, f.predictPrunedSoft(x, 1, 0.5f).probability(0, 1), 1e-6);
    }
}
