package dev.copse.forest.hard;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The rows of the tree being grown, in an order where every node owns a contiguous range: row index, label
 * and weight side by side per position, so the split loops read labels and weights sequentially and only
 * the feature byte at random. Partitioning a node moves all three. One instance per worker, reused across
 * trees; not thread-safe.
 */
final class SampleRows {

    final int[] rows;    // row index per position
    final int[] labels;  // label per position
    final int[] weights; // weight (bootstrap multiplicity) per position
    private final int[] counts;

    SampleRows(int n) {
        this.rows = new int[n];
        this.labels = new int[n];
        this.weights = new int[n];
        this.counts = new int[n];
    }

    /**
     * Positions {@code [0, m)} get the tree's sample: with bootstrap, {@code n} draws of
     * {@code random.nextInt(n)}, kept as the distinct rows in ascending order with their multiplicities;
     * without, every row once. Returns m.
     */
    int draw(int[] allLabels, boolean bootstrap, SplittableRandom random) {
        int n = rows.length;
        if (!bootstrap) {
            for (int i = 0; i < n; i++) {
                rows[i] = i;
                labels[i] = allLabels[i];
            }
            Arrays.fill(weights, 1);
            return n;
        }
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                rows[m] = i;
                labels[m] = allLabels[i];
                weights[m] = counts[i];
                m++;
            }
        }
        return m;
    }

    /** Fills {@code classWeights} for positions {@code [lo, hi)}; returns their sum. */
    int countClasses(int lo, int hi, int[] classWeights) {
        Arrays.fill(classWeights, 0);
        int total = 0;
        for (int i = lo; i < hi; i++) {
            classWeights[labels[i]] += weights[i];
            total += weights[i];
        }
        return total;
    }

    /** Moves positions whose bin in {@code column} is at most {@code bin} to the front of {@code [lo, hi)}. */
    int partition(byte[] column, int bin, int lo, int hi) {
        int i = lo;
        int j = hi;
        while (i < j) {
            if ((column[rows[i]] & 0xFF) <= bin) {
                i++;
            } else {
                j--;
                swap(i, j);
            }
        }
        return i;
    }

    private void swap(int i, int j) {
        int r = rows[i];
        rows[i] = rows[j];
        rows[j] = r;
        int label = labels[i];
        labels[i] = labels[j];
        labels[j] = label;
        int w = weights[i];
        weights[i] = weights[j];
        weights[j] = w;
    }
}
