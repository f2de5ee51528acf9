package dev.copse.forest.train;

import java.util.SplittableRandom;

/**
 * A seeded stratified split of rows into training and validation parts: within each class the rows are
 * shuffled and the last {@code round(fraction n_c)} go to validation, so both parts keep the class
 * proportions. The same seed gives the same split.
 */
final class StratifiedHoldout {

    final int[] training;
    final int[] validation;

    StratifiedHoldout(int[] y, int classes, float fraction, long seed) {
        int[] counts = new int[classes];
        for (int label : y) {
            counts[label]++;
        }
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] fill = new int[classes];
        for (int r = 0; r < y.length; r++) {
            byClass[y[r]][fill[y[r]]++] = r;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int held = 0;
        int[] heldPerClass = new int[classes];
        for (int c = 0; c < classes; c++) {
            shuffle(byClass[c], random);
            heldPerClass[c] = Math.round(fraction * counts[c]);
            held += heldPerClass[c];
        }
        this.training = new int[y.length - held];
        this.validation = new int[held];
        int ti = 0;
        int vi = 0;
        for (int c = 0; c < classes; c++) {
            int keep = counts[c] - heldPerClass[c];
            for (int k = 0; k < counts[c]; k++) {
                if (k < keep) {
                    training[ti++] = byClass[c][k];
                } else {
                    validation[vi++] = byClass[c][k];
                }
            }
        }
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
