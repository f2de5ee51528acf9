package dev.copse.forest.soft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three inference modes against each other, and the work each reports. */
class InferenceModesTest {

    private static SoftForest forest(int trees, int depth, int features, float maxLeafness, Combination combination) {
        List<SoftTree> list = new ArrayList<>();
        for (int t = 0; t < trees; t++) {
            list.add(TestTrees.complete(depth, features, 3, maxLeafness, 100 + t));
        }
        return new SoftForest(list, combination);
    }

    /**
     * With epsilon 0 pruned-soft visits and mixes every node, doing exactly the work of soft inference, and
     * returns the soft mixture. The numbers agree up to float rounding only: soft inference sums the split
     * dot products and the mixture inside matrix products, pruned-soft node by node, in other orders.
     */
    @ParameterizedTest
    @EnumSource(Combination.class)
    void prunedWithEpsilonZeroIsSoft(Combination combination) {
        SoftForest f = forest(4, 5, 37, 0.4f, combination);
        float[] x = TestTrees.gaussianRows(600, 37, 8);
        ForestPredictions soft = f.predictSoft(x, 600);
        ForestPredictions pruned = f.predictPrunedSoft(x, 600, 0f);
        assertArrayEquals(soft.probabilities(), pruned.probabilities(), 2e-6f);
        int inner = 4 * 31;
        int nodes = 4 * 63;
        for (int r = 0; r < 600; r++) {
            assertEquals(new InferenceWork(inner, nodes, inner), soft.work(r));
            assertEquals(soft.work(r), pruned.work(r));
        }
    }

    @ParameterizedTest
    @EnumSource(Combination.class)
    void pruningSkipsWorkAndStaysClose(Combination combination) {
        SoftForest f = forest(4, 6, 10, 0.3f, combination);
        float[] x = TestTrees.gaussianRows(200, 10, 9);
        ForestPredictions soft = f.predictSoft(x, 200);
        ForestPredictions pruned = f.predictPrunedSoft(x, 200, 1e-2f);
        long[] softWork = soft.totalWork();
        long[] prunedWork = pruned.totalWork();
        assertTrue(prunedWork[0] < softWork[0] / 2, "pruning at 1e-2 should skip most splits: " + prunedWork[0]);
        assertTrue(prunedWork[1] < softWork[1] / 2);
        // Each tree skips flow below 1e-2 per skipped subtree; the output moves by little.
        for (int r = 0; r < 200; r++) {
            for (int c = 0; c < 3; c++) {
                float tolerance = combination == Combination.MIXTURE ? 0.05f : 0.25f;
                assertEquals(soft.probability(r, c), pruned.probability(r, c), tolerance);
            }
        }
    }

    /** On a complete tree whose every leafness is at most 0.5, hard routing runs exactly D splits per tree. */
    @ParameterizedTest
    @EnumSource(Combination.class)
    void hardModeEvaluatesDepthSplitsPerTree(Combination combination) {
        int trees = 3;
        int depth = 5;
        int features = 12;
        SoftForest f = forest(trees, depth, features, 0.5f, combination);
        float[] x = TestTrees.gaussianRows(150, features, 10);
        ForestPredictions hard = f.predictHard(x, 150);
        for (int r = 0; r < 150; r++) {
            assertEquals(new InferenceWork(trees * depth, trees, 0), hard.work(r));
            assertEquals((long) trees * depth * features + trees * 3L, hard.work(r).macs(features, 3));
        }
    }

    /** Hard mode equals the soft mixture in the limit of a very sharp temperature and zero inner leafness. */
    @ParameterizedTest
    @EnumSource(Combination.class)
    void hardModeIsTheSharpLimitOfSoft(Combination combination) {
        SoftForest sharp = new SoftForest(List.of(sharpened(TestTrees.complete(4, 6, 3, 0f, 3), 1e4f)), combination);
        float[] x = TestTrees.gaussianRows(100, 6, 11);
        ForestPredictions soft = sharp.predictSoft(x, 100);
        ForestPredictions hard = sharp.predictHard(x, 100);
        assertArrayEquals(hard.probabilities(), soft.probabilities(), 1e-3f);
    }

    private static SoftTree sharpened(SoftTree tree, float factor) {
        int m = tree.innerNodeCount();
        int k = tree.nodeCount();
        int d = tree.numFeatures();
        int c = tree.numClasses();
        int[] ids = new int[k];
        float[] q = new float[k];
        float[] logits = new float[k * c];
        float[] w = new float[m * d];
        float[] b = new float[m];
        int[] left = new int[m];
        int[] right = new int[m];
        for (int n = 0; n < k; n++) {
            ids[n] = tree.nodeId(n);
            q[n] = tree.leafness(n);
            System.arraycopy(tree.classLogits(n), 0, logits, n * c, c);
            if (n < m) {
                float[] row = tree.splitWeights(n);
                for (int j = 0; j < d; j++) {
                    w[n * d + j] = factor * row[j];
                }
                b[n] = factor * tree.splitBias(n);
                left[n] = tree.leftChild(n);
                right[n] = tree.rightChild(n);
            }
        }
        return new SoftTree(tree.maxDepth(), d, c, ids, q, logits, w, b, left, right);
    }

    @ParameterizedTest
    @EnumSource(Combination.class)
    void inputScalingIsAppliedBeforeRouting(Combination combination) {
        SoftForest f = forest(2, 3, 4, 0.3f, combination);
        float[] mean = {1f, -2f, 0.5f, 3f};
        float[] std = {2f, 0.5f, 1f, 4f};
        float[] standardised = TestTrees.gaussianRows(20, 4, 12);
        float[] raw = new float[standardised.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = standardised[i] * std[i % 4] + mean[i % 4];
        }
        SoftForest scaled = f.withInputScaling(new InputScaling(mean, std));
        assertArrayEquals(f.predictSoft(standardised, 20).probabilities(),
                scaled.predictSoft(raw, 20).probabilities(), 1e-5f);
        assertArrayEquals(f.predictHard(standardised, 20).labels(), scaled.predictHard(raw, 20).labels());
    }
}
