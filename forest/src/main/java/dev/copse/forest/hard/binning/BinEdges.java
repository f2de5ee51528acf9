package dev.copse.forest.hard.binning;

import java.util.Arrays;

/**
 * The bin edges of one feature from its sorted sample values. Bin {@code b} holds the values {@code x} with
 * {@code edge[b-1] < x <= edge[b]} (bin 0 has no lower edge, the last bin no upper one), so
 * {@code bin(x) <= b} exactly when {@code x <= edge[b]}.
 *
 * <p>The rule follows the binner of scikit-learn's histogram gradient boosting, which the maintained Python
 * deep forest reuses: with at most {@code maxBins} distinct values every value gets its own bin and the edges
 * are the midpoints between neighbouring values; otherwise the edges are the {@code q / maxBins} quantiles,
 * {@code q = 1 .. maxBins-1}, each taken as the midpoint of the two order statistics around rank
 * {@code q (m-1) / maxBins} (numpy's "midpoint" percentile), with repeats removed.
 */
final class BinEdges {

    private BinEdges() {
    }

    /**
     * Edges for {@code sorted[0 .. m)}, which must be ascending and finite; at most {@code maxBins - 1} edges,
     * strictly increasing, each at least the smallest value and below the largest.
     */
    static float[] fromSorted(float[] sorted, int m, int maxBins) {
        int distinct = 1;
        for (int i = 1; i < m; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        return distinct <= maxBins ? midpoints(sorted, m, distinct) : quantiles(sorted, m, maxBins);
    }

    private static float[] midpoints(float[] sorted, int m, int distinct) {
        float[] edges = new float[distinct - 1];
        int k = 0;
        for (int i = 1; i < m; i++) {
            if (sorted[i] != sorted[i - 1]) {
                edges[k++] = midpoint(sorted[i - 1], sorted[i]);
            }
        }
        return edges;
    }

    private static float[] quantiles(float[] sorted, int m, int maxBins) {
        float max = sorted[m - 1];
        float[] edges = new float[maxBins - 1];
        int k = 0;
        for (int q = 1; q < maxBins; q++) {
            double rank = (double) q * (m - 1) / maxBins;
            float edge = midpoint(sorted[(int) Math.floor(rank)], sorted[(int) Math.ceil(rank)]);
            if (edge < max && (k == 0 || edge > edges[k - 1])) {
                edges[k++] = edge;
            }
        }
        return Arrays.copyOf(edges, k);
    }

    /**
     * A float {@code e} with {@code a <= e < b} for {@code a < b}: the midpoint rounded to float, or {@code a}
     * when rounding lands on {@code b} (two neighbouring floats have no float strictly between them).
     */
    static float midpoint(float a, float b) {
        float mid = (float) (((double) a + b) / 2);
        return mid < b ? mid : a;
    }
}
