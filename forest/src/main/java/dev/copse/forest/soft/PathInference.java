package dev.copse.forest.soft;

import java.util.Arrays;

/**
 * Inference that computes only the splits it visits: hard routing (one path per tree) and pruned-soft
 * mixing (subtrees below a flow epsilon skipped). No matrix product: every visited split is one dot
 * product, so the work saved is time saved. Rows are processed in blocks of {@value #BLOCK_ROWS}, tree by
 * tree, each row following only its own paths, so that one tree's weight rows stay in cache for the rows
 * of a block.
 */
final class PathInference {

    static final int BLOCK_ROWS = 64;

    private final SoftForest forest;
    private final float[][] values;
    private final int maxNodes;

    PathInference(SoftForest forest) {
        this.forest = forest;
        this.values = new float[forest.numTrees()][];
        int nodes = 0;
        for (int t = 0; t < values.length; t++) {
            values[t] = forest.tree(t).mixValues(forest.combination());
            nodes = Math.max(nodes, forest.tree(t).nodeCount());
        }
        this.maxNodes = nodes;
    }

    /**
     * Hard mode: each tree contributes the vector of the node its path ends at (a distribution for a
     * mixture, logits for summed logits), with weight 1.
     */
    ForestPredictions predictHard(float[] x, int n) {
        int classes = forest.numClasses();
        float[] probabilities = new float[n * classes];
        InferenceWork[] work = new InferenceWork[n];
        int[] node = new int[BLOCK_ROWS];
        int[] evaluated = new int[BLOCK_ROWS];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            Arrays.fill(evaluated, 0);
            for (int t = 0; t < values.length; t++) {
                forest.tree(t).hardNodes(x, start, rows, node, evaluated);
                for (int r = 0; r < rows; r++) {
                    int out = (start + r) * classes;
                    int base = node[r] * classes;
                    for (int c = 0; c < classes; c++) {
                        probabilities[out + c] += values[t][base + c];
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                ForestOutput.finish(forest.combination(), probabilities, (start + r) * classes, classes);
                work[start + r] = new InferenceWork(evaluated[r], values.length, 0);
            }
        }
        return new ForestPredictions(classes, probabilities, work);
    }

    ForestPredictions predictPruned(float[] x, int n, float epsilon) {
        int classes = forest.numClasses();
        float[] probabilities = new float[n * classes];
        InferenceWork[] work = new InferenceWork[n];
        int[] nodeStack = new int[maxNodes];
        float[] flowStack = new float[maxNodes];
        int[] evaluated = new int[BLOCK_ROWS];
        int[] mixed = new int[BLOCK_ROWS];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            Arrays.fill(evaluated, 0);
            Arrays.fill(mixed, 0);
            for (int t = 0; t < values.length; t++) {
                forest.tree(t).mixPruned(x, start, rows, epsilon, values[t], nodeStack, flowStack, probabilities,
                        evaluated, mixed);
            }
            for (int r = 0; r < rows; r++) {
                ForestOutput.finish(forest.combination(), probabilities, (start + r) * classes, classes);
                work[start + r] = new InferenceWork(evaluated[r], mixed[r], evaluated[r]);
            }
        }
        return new ForestPredictions(classes, probabilities, work);
    }
}
