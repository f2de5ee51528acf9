package dev.copse.forest.train;

import java.util.Random;

/** Small two-dimensional classification problems, rows {@code n x 2} row-major. */
final class ToyData {

    final float[] x;
    final int[] y;

    private ToyData(float[] x, int[] y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Two interleaved spirals of {@code turns} turns, classes alternating; class 1 is class 0 rotated by
     * half a turn. No noise, so the classes are separable but not by few lines.
     */
    static ToyData spirals(int n, double turns, long seed) {
        Random random = new Random(seed);
        float[] x = new float[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double t = (0.15 + 0.85 * random.nextDouble()) * turns * 2 * Math.PI;
            double radius = 2 * t / (turns * 2 * Math.PI);
            double sign = i % 2 == 0 ? 1 : -1;
            x[2 * i] = (float) (sign * radius * Math.cos(t));
            x[2 * i + 1] = (float) (sign * radius * Math.sin(t));
            y[i] = i % 2;
        }
        return new ToyData(x, y);
    }

    /** XOR of the signs of two uniform coordinates in [-1.7, 1.7]. */
    static ToyData xor(int n, long seed) {
        Random random = new Random(seed);
        float[] x = new float[2 * n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * random.nextDouble() - 1;
            double b = 2 * random.nextDouble() - 1;
            x[2 * i] = (float) (1.7 * a);
            x[2 * i + 1] = (float) (1.7 * b);
            y[i] = a * b > 0 ? 1 : 0;
        }
        return new ToyData(x, y);
    }

    int size() {
        return y.length;
    }

    /**
     * Best training accuracy of an axis-aligned stump (one feature, one threshold, either orientation) on
     * two classes, by trying every threshold between consecutive sorted values.
     */
    double bestStumpAccuracy() {
        int n = size();
        int best = 0;
        for (int j = 0; j < 2; j++) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            int feature = j;
            java.util.Arrays.sort(order, (a, b) -> Float.compare(x[2 * a + feature], x[2 * b + feature]));
            int ones = 0;
            for (int label : y) {
                ones += label;
            }
            int onesBelow = 0;
            for (int k = 0; k <= n; k++) {
                // Predict 0 below the threshold and 1 above, or the reverse.
                int zerosBelow = k - onesBelow;
                int onesAbove = ones - onesBelow;
                int correct = zerosBelow + onesAbove;
                best = Math.max(best, Math.max(correct, n - correct));
                if (k < n) {
                    onesBelow += y[order[k]];
                }
            }
        }
        return best / (double) n;
    }
}
