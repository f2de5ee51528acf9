package dev.copse.forest.soft;

/**
 * Per-input inference that computes only the splits it visits: hard routing (one path per tree) and
 * pruned-soft mixing (subtrees below a flow epsilon skipped). One input at a time, no matrix product, so
 * the work saved is time saved.
 */
final class PathInference {

    private final SoftForest forest;
    private final float[][] values;
    private final float[] flow;

    PathInference(SoftForest forest) {
        this.forest = forest;
        this.values = new float[forest.numTrees()][];
        int maxNodes = 0;
        for (int t = 0; t < values.length; t++) {
            values[t] = forest.tree(t).mixValues(forest.combination());
            maxNodes = Math.max(maxNodes, forest.tree(t).nodeCount());
        }
        this.flow = new float[maxNodes];
    }

    /**
     * Hard mode: each tree contributes the vector of the node its path ends at (a distribution for a
     * mixture, logits for summed logits), with weight 1.
     */
    ForestPredictions predictHard(float[] x, int n) {
        int d = forest.numFeatures();
        int classes = forest.numClasses();
        float[] probabilities = new float[n * classes];
        InferenceWork[] work = new InferenceWork[n];
        int[] counts = new int[1];
        for (int r = 0; r < n; r++) {
            counts[0] = 0;
            int out = r * classes;
            for (int t = 0; t < values.length; t++) {
                int node = forest.tree(t).hardNode(x, r * d, counts);
                int base = node * classes;
                for (int c = 0; c < classes; c++) {
                    probabilities[out + c] += values[t][base + c];
                }
            }
            ForestOutput.finish(forest.combination(), probabilities, out, classes);
            work[r] = new InferenceWork(counts[0], values.length, 0);
        }
        return new ForestPredictions(classes, probabilities, work);
    }

    ForestPredictions predictPruned(float[] x, int n, float epsilon) {
        int d = forest.numFeatures();
        int classes = forest.numClasses();
        float[] probabilities = new float[n * classes];
        InferenceWork[] work = new InferenceWork[n];
        int[] counts = new int[2];
        for (int r = 0; r < n; r++) {
            counts[0] = 0;
            counts[1] = 0;
            int out = r * classes;
            for (int t = 0; t < values.length; t++) {
                forest.tree(t).mixPruned(x, r * d, epsilon, values[t], flow, probabilities, out, counts);
            }
            ForestOutput.finish(forest.combination(), probabilities, out, classes);
            work[r] = new InferenceWork(counts[0], counts[1], counts[0]);
        }
        return new ForestPredictions(classes, probabilities, work);
    }
}
