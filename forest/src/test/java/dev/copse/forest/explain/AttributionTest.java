package dev.copse.forest.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.InputScaling;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import dev.copse.forest.soft.TestTrees;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttributionTest {

    /** One split on two features with weights {@code w}; the left leaf says class 0, the right class 1. */
    private static SoftForest stump(float w0, float w1) {
        SoftTree tree = new SoftTree(1, 2, 2, new int[] {0, 1, 2}, new float[] {0f, 1f, 1f},
                new float[] {0f, 0f, 2f, -2f, -2f, 2f}, new float[] {w0, w1}, new float[] {0f},
                new int[] {1}, new int[] {2});
        return new SoftForest(List.of(tree), Combination.MIXTURE);
    }

    /** Going left means class 0, so class 0's attribution has the sign of w times x and the ratio of w. */
    @Test
    void stumpAttributionFollowsTheSplitWeights() {
        Attribution a = Attribution.of(stump(2f, -1f), new float[] {1f, 1f});
        assertEquals(0, a.targetClass());
        float[] g = a.gradientTimesInput();
        assertTrue(g[0] > 0 && g[1] < 0, g[0] + ", " + g[1]);
        assertEquals(-2.0, g[0] / g[1], 1e-5);

        Attribution b = Attribution.of(stump(-0.5f, 1.5f), new float[] {2f, 1f});
        float[] h = b.gradientTimesInput();
        assertEquals(0, b.targetClass());
        assertEquals(-0.5 * 2 / 1.5, h[0] / h[1], 1e-5);
        // the other class gains exactly what this one loses
        float[] other = Attribution.of(stump(-0.5f, 1.5f), new float[] {2f, 1f}, 1).gradient();
        assertEquals(-b.gradient()[0], other[0], 1e-6);
    }

    /** The analytic gradient matches central differences of the forest's own soft probability. */
    @ParameterizedTest
    @EnumSource(Combination.class)
    void gradientMatchesFiniteDifferences(Combination combination) {
        int d = 5;
        float[] mean = {0.1f, -0.2f, 0f, 0.3f, 0f};
        float[] std = {1f, 2f, 0.5f, 1.5f, 1f};
        SoftForest forest = new SoftForest(List.of(TestTrees.complete(3, d, 3, 0.4f, 11),
                TestTrees.complete(2, d, 3, 0.3f, 12)), combination)
                .withInputScaling(new InputScaling(mean, std));
        for (long seed = 1; seed <= 3; seed++) {
            float[] x = TestTrees.gaussianRows(1, d, 20 + seed);
            Attribution a = Attribution.of(forest, x);
            int c = a.targetClass();
            assertEquals(forest.predictSoft(x, 1).probability(0, c), a.probability(), 1e-6);
            float eps = 1e-2f;
            for (int j = 0; j < d; j++) {
                float[] up = x.clone();
                float[] down = x.clone();
                up[j] += eps;
                down[j] -= eps;
                double numeric = (forest.predictSoft(up, 1).probability(0, c)
                        - forest.predictSoft(down, 1).probability(0, c)) / (up[j] - down[j]);
                assertEquals(numeric, a.gradient()[j], 2e-4 + 1e-2 * Math.abs(numeric),
                        combination + " feature " + j);
                assertEquals(a.gradient()[j] * x[j], a.gradientTimesInput()[j], 1e-6);
            }
        }
    }

    @Test
    void rejectsAnInputOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> Attribution.of(stump(1f, 1f), new float[3]));
        assertThrows(IllegalArgumentException.class, () -> Attribution.of(stump(1f, 1f), new float[2], 2));
    }
}
