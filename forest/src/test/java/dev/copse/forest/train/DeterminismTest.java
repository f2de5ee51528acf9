package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.Objective;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import dev.copse.forest.soft.TestTrees;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same seed gives bit-identical models, for the same and for a different number of threads (the
 * per-sample work is independent and every reduction sums in a fixed order); a different seed does not.
 */
class DeterminismTest {

    private static final int D = 6;
    private static final int N = 400;

    private static float[] x;
    private static int[] y;

    static {
        x = TestTrees.gaussianRows(N, D, 21);
        y = new int[N];
        Random random = new Random(22);
        for (int r = 0; r < N; r++) {
            y[r] = x[r * D] + x[r * D + 1] * x[r * D + 2] > 0 ? random.nextInt(2) : 2;
        }
    }

    private static SoftForest train(Combination combination, int threads, long seed) {
        Options o = Options.defaults().withTrees(3).withMaxDepth(3).withEpochs(3).withBatchSize(50)
                .withCombination(combination).withObjective(Objective.PER_TREE).withRowFraction(0.7f)
                .withFeatureFraction(0.7f).withInputDropout(0.1f).withBalancePenalty(0.1f).withL2(1e-3f).withSizePenalty(1e-3f)
                .withThreads(threads).withSeed(seed).withFineTuneEpochs(1).withLeafThreshold(0.9f);
        return SoftForestTrainer.fit(x, y, D, 3, o, ProgressListener.none());
    }

    @ParameterizedTest
    @EnumSource(Combination.class)
    void sameSeedSameModelForAnyThreadCount(Combination combination) {
        SoftForest a = train(combination, 2, 5);
        assertIdentical(a, train(combination, 2, 5));
        assertIdentical(a, train(combination, 1, 5));
        assertIdentical(a, train(combination, 3, 5));
    }

    @ParameterizedTest
    @EnumSource(Combination.class)
    void otherSeedOtherModel(Combination combination) {
        SoftForest a = train(combination, 2, 5);
        SoftForest b = train(combination, 2, 6);
        assertFalse(java.util.Arrays.equals(a.tree(0).splitWeights(0), b.tree(0).splitWeights(0)));
    }

    private static void assertIdentical(SoftForest a, SoftForest b) {
        assertEquals(a.numTrees(), b.numTrees());
        for (int t = 0; t < a.numTrees(); t++) {
            SoftTree p = a.tree(t);
            SoftTree q = b.tree(t);
            assertEquals(p.nodeCount(), q.nodeCount());
            for (int n = 0; n < p.nodeCount(); n++) {
                assertEquals(p.nodeId(n), q.nodeId(n));
                assertEquals(Float.floatToIntBits(p.leafness(n)), Float.floatToIntBits(q.leafness(n)));
                assertArrayEquals(p.classLogits(n), q.classLogits(n));
                if (p.isInner(n)) {
                    assertArrayEquals(p.splitWeights(n), q.splitWeights(n));
                    assertEquals(Float.floatToIntBits(p.splitBias(n)), Float.floatToIntBits(q.splitBias(n)));
                }
            }
        }
    }
}
