package dev.copse.forest.soft;

import dev.copse.core.kernel.Blas1;
import dev.copse.core.kernel.Gemm;
import java.util.Arrays;

/**
 * Batched soft inference. For each block of rows: {@code Z = X_block W_all^T} computes the split value of
 * every inner node of every tree in one matrix product (one dot product per node and row for blocks of
 * fewer than {@value #MIN_GEMM_ROWS} rows); a sweep per row and tree turns them into node
 * weights {@code f_n q_n}; a second product {@code weights V_all} mixes every node's class vector (all trees
 * stacked, so summing over trees is part of the product). Cost per input: {@code (sum_t m_t) d} MACs,
 * one sigmoid per inner node, and {@code (sum_t K_t) C} MACs of mixing.
 */
final class SoftInference {

    private static final int BLOCK_ROWS = 256;
    /**
     * Blocks of fewer rows get their split values from one dot product per node and row: a matrix product
     * first packs every split weight, which for one row costs far more than the product itself.
     */
    static final int MIN_GEMM_ROWS = 16;

    private final SoftForest forest;

    SoftInference(SoftForest forest) {
        this.forest = forest;
    }

    ForestPredictions predict(float[] x, int n) {
        int d = forest.numFeatures();
        int classes = forest.numClasses();
        int inner = forest.innerNodeCount();
        int trees = forest.numTrees();
        int[] nodeOffset = new int[trees + 1];
        int maxNodes = 0;
        for (int t = 0; t < trees; t++) {
            int k = forest.tree(t).nodeCount();
            nodeOffset[t + 1] = nodeOffset[t] + k;
            maxNodes = Math.max(maxNodes, k);
        }
        int nodes = nodeOffset[trees];
        float[] values = new float[nodes * classes];
        for (int t = 0; t < trees; t++) {
            float[] v = forest.tree(t).mixValues(forest.combination());
            System.arraycopy(v, 0, values, nodeOffset[t] * classes, v.length);
        }
        int block = Math.min(BLOCK_ROWS, Math.max(n, 1));
        float[] z = new float[block * inner];
        float[] weights = new float[block * nodes];
        float[] flow = new float[maxNodes];
        float[] probabilities = new float[n * classes];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            splitValues(x, start, rows, z);
            for (int r = 0; r < rows; r++) {
                for (int t = 0; t < trees; t++) {
                    forest.tree(t).softWeights(z, r * inner + forest.innerOffset(t), flow, weights,
                            r * nodes + nodeOffset[t]);
                }
            }
            Gemm.sgemm(false, false, rows, classes, nodes, 1f, weights, 0, nodes, values, 0, classes,
                    0f, probabilities, start * classes, classes);
            for (int r = 0; r < rows; r++) {
                ForestOutput.finish(forest.combination(), probabilities, (start + r) * classes, classes);
            }
        }
        InferenceWork[] work = new InferenceWork[n];
        Arrays.fill(work, new InferenceWork(inner, nodes, inner));
        return new ForestPredictions(classes, probabilities, work);
    }

    /** {@code z[r][k] = w_k . x_(start + r)} for every inner node k of the forest. */
    private void splitValues(float[] x, int start, int rows, float[] z) {
        int d = forest.numFeatures();
        int inner = forest.innerNodeCount();
        float[] w = forest.allWeights();
        if (rows >= MIN_GEMM_ROWS) {
            Gemm.sgemm(false, true, rows, inner, d, 1f, x, start * d, d, w, 0, d, 0f, z, 0, inner);
            return;
        }
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < inner; k++) {
                z[r * inner + k] = (float) Blas1.dot(d, w, k * d, x, (start + r) * d);
            }
        }
    }
}
