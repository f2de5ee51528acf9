package dev.copse.forest.soft;

import java.util.Random;

/** Random complete soft trees built through the public constructor, for tests. */
public final class TestTrees {

    private TestTrees() {
    }

    /**
     * A complete tree of the given depth: inner ids {@code 0 .. 2^D - 2}, leaves after; Gaussian split
     * weights, biases and logits; every inner leafness drawn uniformly from {@code [0, maxLeafness]}.
     */
    public static SoftTree complete(int depth, int features, int classes, float maxLeafness, long seed) {
        Random random = new Random(seed);
        int m = (1 << depth) - 1;
        int k = 2 * m + 1;
        int[] ids = new int[k];
        float[] q = new float[k];
        float[] logits = new float[k * classes];
        float[] w = new float[m * features];
        float[] b = new float[m];
        int[] left = new int[m];
        int[] right = new int[m];
        for (int n = 0; n < k; n++) {
            ids[n] = n;
            q[n] = n < m ? random.nextFloat() * maxLeafness : 1f;
        }
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < m; i++) {
            b[i] = (float) (0.5 * random.nextGaussian());
            left[i] = 2 * i + 1;
            right[i] = 2 * i + 2;
        }
        return new SoftTree(depth, features, classes, ids, q, logits, w, b, left, right);
    }

    public static float[] gaussianRows(int n, int features, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }
}
