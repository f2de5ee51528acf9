package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.soft.Combination;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the production float gradient of the whole batch objective ({@link BatchObjective}: cross-entropy
 * of the combined forest, size penalty, balance penalty, L2) against central finite differences of the
 * production loss itself, for every parameter of a small forest (2 trees, depth 3, d = 4, C = 3).
 *
 * <p>Why float finite differences and not a double-precision copy of the math: a separate double path would
 * test itself, not the code that trains. The loss is summed in double from float intermediates, whose
 * relative rounding is about 1e-7; with step h = 1e-2 the difference quotient's rounding noise is about
 * {@code 1e-7 |L| / h = 1e-5 |L|} and its truncation error {@code h^2 |L'''| / 6}, about 1e-5 for these
 * smooth functions. The tolerance, {@code 2e-3 + 1e-2 |g|}, sits well above both and well below the size of
 * any real mistake (a missing factor beta, a sign, a dropped penalty term move gradients by O(0.1-1) here,
 * because the penalty weights are set large). The actual perturbation {@code (float)(v + h) - v} is used
 * as the denominator.
 */
class GradientCheckTest {

    private static final int TREES = 2;
    private static final int DEPTH = 3;
    private static final int FEATURES = 4;
    private static final int CLASSES = 3;
    private static final int ROWS = 6;
    private static final float H = 1e-2f;

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of(Combination.SUMMED_LOGITS, 1, new Penalties(0f, 0f, 0f)),
                Arguments.of(Combination.MIXTURE, 1, new Penalties(0f, 0f, 0f)),
                Arguments.of(Combination.SUMMED_LOGITS, 1, new Penalties(0.3f, 0.5f, 0.2f)),
                Arguments.of(Combination.MIXTURE, 1, new Penalties(0.3f, 0.5f, 0.2f)),
                Arguments.of(Combination.SUMMED_LOGITS, 2, new Penalties(0.3f, 0.5f, 0.2f)),
                Arguments.of(Combination.MIXTURE, 2, new Penalties(0.3f, 0.5f, 0.2f)),
                Arguments.of(Combination.MIXTURE, 1, new Penalties(0f, 2f, 0f)),
                Arguments.of(Combination.SUMMED_LOGITS, 1, new Penalties(2f, 0f, 0f)));
    }

    @ParameterizedTest(name = "{0}, {1} loss groups, {2}")
    @MethodSource("configurations")
    void gradientMatchesFiniteDifferences(Combination combination, int groups, Penalties penalties) {
        Fixture f = new Fixture(combination, groups, 11);
        float beta = 1.7f;
        float[] grad = f.gradient(penalties, beta, true);
        for (int k = 0; k < f.params.values.length; k++) {
            double fd = f.finiteDifference(k, penalties, beta, true);
            assertClose(fd, grad[k], k, f.layout);
        }
    }

    /**
     * Fine-tuning: a frozen leaf (q = 1) and its dead subtree, leafness not trained. Leafness gradients must
     * be exactly zero, nodes under the frozen leaf must get zero gradient, and the rest must match.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void gradientWithFrozenStructure(Combination combination) {
        Fixture f = new Fixture(combination, 1, 5);
        ForestLayout l = f.layout;
        // Tree 0: node 1 becomes a leaf; its descendants 3, 4, 7, 8, 9, 10 are dropped.
        f.params.state[1] = NodeState.FROZEN_LEAF;
        for (int id : new int[] {3, 4, 7, 8, 9, 10}) {
            f.params.state[id] = NodeState.DEAD;
        }
        Penalties penalties = new Penalties(0.3f, 0.5f, 0.2f);
        float[] grad = f.gradient(penalties, 1.3f, false);
        for (int k = l.leafnessOffset; k < l.logitOffset; k++) {
            assertEquals(0f, grad[k], "leafness gradient " + k + " of a fixed structure");
        }
        for (int id : new int[] {3, 4, 7, 8, 9, 10}) {
            for (int c = 0; c < CLASSES; c++) {
                assertEquals(0f, grad[l.logitOffset + id * CLASSES + c], "logit gradient of dead node " + id);
            }
        }
        for (int id : new int[] {1, 3}) {
            assertEquals(0f, grad[l.biasOffset + id], "bias gradient of non-splitting node " + id);
        }
        for (int k = 0; k < l.leafnessOffset; k++) {
            assertClose(f.finiteDifference(k, penalties, 1.3f, false), grad[k], k, l);
        }
        for (int k = l.logitOffset; k < l.size; k++) {
            assertClose(f.finiteDifference(k, penalties, 1.3f, false), grad[k], k, l);
        }
    }

    static Stream<Combination> combinations() {
        return Stream.of(Combination.MIXTURE, Combination.SUMMED_LOGITS);
    }

    /**
     * Confidently wrong mixture: every node puts probability about e^-80 on the true class, so the float
     * mixture underflows below {@link MixtureLoss#TINY} and the log-space path must take over. The loss must
     * be finite (about 80) and the gradient finite and equal to finite differences.
     */
    @ParameterizedTest(name = "{0} loss groups")
    @MethodSource("groupCounts")
    void confidentWrongMixtureStaysFinite(int groups) {
        Fixture f = new Fixture(Combination.MIXTURE, groups, 3);
        ForestLayout l = f.layout;
        Arrays.fill(f.y, 0);
        for (int node = 0; node < l.totalNodes; node++) {
            f.params.values[l.logitOffset + node * CLASSES] = -80f;
            f.params.values[l.logitOffset + node * CLASSES + 1] = 0f;
            f.params.values[l.logitOffset + node * CLASSES + 2] = 0f;
        }
        double loss = f.loss(new Penalties(0f, 0f, 0f), 1f, true);
        double weights = 0;
        for (int k = 0; k < ROWS * groups; k++) {
            weights += f.objective.buffers().weight[k];
        }
        // Every node gives class 0 the probability e^-80 / (e^-80 + 2); the node weights of a tree sum to 1,
        // so every mixture does too: the cross-entropy is 80 + ln 2 per unit weight.
        double expected = (80 + Math.log(2)) * weights;
        assertEquals(expected, loss, 1e-4 * expected, "loss of a confidently wrong forest");
        Penalties penalties = new Penalties(0.1f, 0.1f, 0.1f);
        float[] grad = f.gradient(penalties, 1f, true);
        for (int k = 0; k < grad.length; k++) {
            assertTrue(Float.isFinite(grad[k]), "gradient " + k + " is " + grad[k]);
            assertClose(f.finiteDifference(k, penalties, 1f, true), grad[k], k, l);
        }
    }

    static Stream<Integer> groupCounts() {
        return Stream.of(1, 2);
    }

    private static void assertClose(double fd, float analytic, int k, ForestLayout l) {
        double tolerance = 2e-3 + 1e-2 * Math.abs(fd);
        assertTrue(Math.abs(fd - analytic) <= tolerance,
                "parameter " + k + " (" + part(k, l) + "): analytic " + analytic + ", finite difference " + fd);
    }

    private static String part(int k, ForestLayout l) {
        if (k < l.biasOffset) {
            return "split weight";
        }
        if (k < l.leafnessOffset) {
            return "split bias";
        }
        return k < l.logitOffset ? "leafness logit" : "class logit";
    }

    /** A small random forest, a batch of rows, and the objective under test. */
    static final class Fixture {
        final ForestLayout layout = new ForestLayout(TREES, DEPTH, FEATURES, CLASSES);
        final ForestParameters params;
        final BatchObjective objective;
        final float[] x = new float[ROWS * FEATURES];
        final int[] y = new int[ROWS];
        final int groups;

        Fixture(Combination combination, int groups, long seed) {
            this.groups = groups;
            Random random = new Random(seed);
            float[] values = new float[layout.size];
            for (int k = 0; k < values.length; k++) {
                values[k] = (float) random.nextGaussian();
            }
            NodeState[] state = new NodeState[layout.totalNodes];
            Arrays.fill(state, NodeState.ACTIVE);
            params = new ForestParameters(layout, values, null, state);
            for (int k = 0; k < x.length; k++) {
                x[k] = (float) random.nextGaussian();
            }
            for (int b = 0; b < ROWS; b++) {
                y[b] = random.nextInt(CLASSES);
            }
            objective = new BatchObjective(layout, combination, groups, ROWS, new ParallelRanges(1));
        }

        private void load() {
            BatchBuffers buf = objective.buffers();
            int[] ids = new int[ROWS];
            for (int b = 0; b < ROWS; b++) {
                ids[b] = b;
            }
            buf.gather(x, y, FEATURES, ids, 0, ROWS);
            // Row-dependent weights exercise the per-group weighting of per-tree objectives.
            for (int b = 0; b < ROWS; b++) {
                for (int g = 0; g < groups; g++) {
                    buf.weight[b * groups + g] = groups == 1 ? 1f / ROWS : ((b + g) % 3 == 0 ? 0f : 0.25f);
                }
            }
        }

        double loss(Penalties penalties, float beta, boolean trainLeafness) {
            load();
            return objective.lossAndGradient(params, penalties, beta, trainLeafness, new float[layout.size]);
        }

        float[] gradient(Penalties penalties, float beta, boolean trainLeafness) {
            load();
            float[] grad = new float[layout.size];
            objective.lossAndGradient(params, penalties, beta, trainLeafness, grad);
            return grad;
        }

        double finiteDifference(int k, Penalties penalties, float beta, boolean trainLeafness) {
            float original = params.values[k];
            params.values[k] = original + H;
            float up = params.values[k];
            double lossUp = loss(penalties, beta, trainLeafness);
            params.values[k] = original - H;
            float down = params.values[k];
            double lossDown = loss(penalties, beta, trainLeafness);
            params.values[k] = original;
            return (lossUp - lossDown) / ((double) up - down);
        }
    }
}
