package dev.copse.forest.soft;

import dev.copse.core.kernel.Gemm;
import java.util.Arrays;

/**
 * Batched soft inference: for each block of rows, {@code Z = X_block . W_all^T} computes the split value of
 * every inner node of every tree in one matrix product, then each row mixes every node of every tree.
 * Cost per input: {@code (sum_t m_t) d} MACs in the product, {@code sum_t m_t} sigmoids,
 * {@code (sum_t K_t) C} MACs of mixing.
 */
final class SoftInference {

    private static final int BLOCK_ROWS = 256;

    private final SoftForest forest;

    SoftInference(SoftForest forest) {
        this.forest = forest;
    }

    ForestPredictions predict(float[] x, int n) {
        int d = forest.numFeatures();
        int classes = forest.numClasses();
        int inner = forest.innerNodeCount();
        int maxNodes = 0;
        int mixed = 0;
        for (SoftTree tree : forest.trees()) {
            maxNodes = Math.max(maxNodes, tree.nodeCount());
            mixed += tree.nodeCount();
        }
        float[] probabilities = new float[n * classes];
        float[] z = new float[Math.min(BLOCK_ROWS, Math.max(n, 1)) * inner];
        float[] flow = new float[maxNodes];
        float[][] values = new float[forest.numTrees()][];
        for (int t = 0; t < values.length; t++) {
            values[t] = forest.tree(t).mixValues(forest.combination());
        }
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            Gemm.sgemm(false, true, rows, inner, d, 1f, x, start * d, d, forest.allWeights(), 0, d,
                    0f, z, 0, inner);
            for (int r = 0; r < rows; r++) {
                int out = (start + r) * classes;
                for (int t = 0; t < values.length; t++) {
                    forest.tree(t).mixSoft(z, r * inner + forest.innerOffset(t), values[t], flow, probabilities, out);
                }
                ForestOutput.finish(forest.combination(), probabilities, out, classes);
            }
        }
        InferenceWork[] work = new InferenceWork[n];
        Arrays.fill(work, new InferenceWork(inner, mixed, inner));
        return new ForestPredictions(classes, probabilities, work);
    }
}
