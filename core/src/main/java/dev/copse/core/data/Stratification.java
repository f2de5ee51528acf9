package dev.copse.core.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The index arithmetic behind stratified sampling and k-fold; see the procedures on {@link Dataset}. */
final class Stratification {

    private Stratification() {
    }

    /** Sorted rows of a stratified sample of {@code count} rows. */
    static int[] sample(int[] labels, int numClasses, int count, long seed) {
        int[][] byClass = shuffledRowsByClass(labels, numClasses, seed);
        int[] quota = largestRemainder(byClass, labels.length, count);
        int[] chosen = new int[count];
        int next = 0;
        for (int c = 0; c < numClasses; c++) {
            System.arraycopy(byClass[c], 0, chosen, next, quota[c]);
            next += quota[c];
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** Sorted validation rows of each of {@code k} stratified folds. */
    static int[][] kFold(int[] labels, int numClasses, int k, long seed) {
        int[][] byClass = shuffledRowsByClass(labels, numClasses, seed);
        // Dealing all rows round-robin puts the i-th dealt row into fold i mod k.
        int n = labels.length;
        int[][] folds = new int[k][];
        for (int f = 0; f < k; f++) {
            folds[f] = new int[n / k + (f < n % k ? 1 : 0)];
        }
        int[] filled = new int[k];
        int fold = 0;
        for (int[] rows : byClass) {
            for (int row : rows) {
                folds[fold][filled[fold]++] = row;
                fold = (fold + 1) % k;
            }
        }
        for (int[] rows : folds) {
            Arrays.sort(rows);
        }
        return folds;
    }

    /** Sorted rows of {@code [0, size)} that are not in the sorted, duplicate-free {@code rows}. */
    static int[] complement(int[] rows, int size) {
        int[] rest = new int[size - rows.length];
        int next = 0;
        int skip = 0;
        for (int i = 0; i < size; i++) {
            if (skip < rows.length && rows[skip] == i) {
                skip++;
            } else {
                rest[next++] = i;
            }
        }
        return rest;
    }

    /** Fisher–Yates shuffle of {@code a[from .. to)}. */
    static void shuffle(int[] a, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[][] shuffledRowsByClass(int[] labels, int numClasses, long seed) {
        int[] counts = new int[numClasses];
        for (int label : labels) {
            counts[label]++;
        }
        int[][] byClass = new int[numClasses][];
        for (int c = 0; c < numClasses; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[numClasses];
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int[] rows : byClass) {
            shuffle(rows, 0, rows.length, random);
        }
        return byClass;
    }

    /**
     * Shares {@code total} rows among classes in proportion to their sizes (Hamilton's largest-remainder
     * method): exact total, and no class gets more than it has because a positive remainder means the
     * floor is below the class size.
     */
    private static int[] largestRemainder(int[][] byClass, int n, int total) {
        int k = byClass.length;
        int[] quota = new int[k];
        long[] remainder = new long[k]; // numerator of the fractional part, over n
        int given = 0;
        for (int c = 0; c < k; c++) {
            long exact = (long) byClass[c].length * total;
            quota[c] = (int) (exact / n);
            remainder[c] = exact % n;
            given += quota[c];
        }
        for (; given < total; given++) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (remainder[c] > 0 && (best < 0 || remainder[c] > remainder[best])) {
                    best = c;
                }
            }
            quota[best]++;
            remainder[best] = 0;
        }
        return quota;
    }
}
