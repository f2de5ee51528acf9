package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.BinnedFeatures;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random forest's split search: for each feature that {@link FeatureDraws} picks and that varies in the
 * node, the threshold with the best Gini score (see {@link HardForestOptions}); the best over those features
 * wins, the first one found on ties.
 *
 * <p>Two ways to score a feature, chosen per feature by size, with identical results (the running sums are
 * exact integers):
 * <ul>
 *   <li><b>histogram</b>: one pass adds each row's weight to {@code hist[bin][class]}, then a scan over the
 *       node's bin range moves one bin at a time from right to left; O(m + bins x classes);</li>
 *   <li><b>sorted keys</b>, for nodes with few rows compared with bins x classes (most nodes of a deep
 *       tree): the rows' (bin, class, weight) packed in a {@code long} are sorted and scanned one row at a
 *       time; O(m log m), independent of the number of bins.</li>
 * </ul>
 * Between occupied bins {@code p < q} the threshold is {@code floor((p + q) / 2)}.
 */
final class BestSplitter implements Splitter {

    /** The sorted-key path is used while {@code rows * SORT_FACTOR < bins * classes}. */
    static final int SORT_FACTOR = 16;

    private final byte[][] columns;
    private final SampleRows sample;
    private final int[] numBins;
    private final int numClasses;
    private final int shift;
    private final int minLeaf;
    private final FeatureDraws draws;
    private final int[] hist; // [256 << shift], all zero between features
    private final long[] keys;
    private final int[] left;
    private final int[] right;

    private double bestScore;
    private int bestFeature;
    private int bestBin;
    private int childConstants;

    BestSplitter(BinnedFeatures x, SampleRows sample, int numClasses, int maxFeatures, int minLeaf) {
        int d = x.numFeatures();
        this.columns = new byte[d][];
        this.numBins = new int[d];
        for (int f = 0; f < d; f++) {
            columns[f] = x.column(f);
            numBins[f] = x.binner().numBins(f);
        }
        this.sample = sample;
        this.numClasses = numClasses;
        this.shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, numClasses - 1));
        this.minLeaf = minLeaf;
        this.draws = new FeatureDraws(x.binner(), maxFeatures);
        this.hist = new int[256 << shift];
        this.keys = new long[x.size()];
        this.left = new int[numClasses];
        this.right = new int[numClasses];
    }

    @Override
    public int startTree() {
        draws.startTree();
        return draws.rootConstants();
    }

    @Override
    public long find(int lo, int hi, int[] classWeights, int total, int knownConstants, SplittableRandom random) {
        draws.startNode(knownConstants);
        bestScore = Double.NEGATIVE_INFINITY;
        bestFeature = -1;
        long parentSquares = Splitter.sumOfSquares(classWeights);
        for (int feature = draws.next(random); feature >= 0; feature = draws.next(random)) {
            boolean varies = (long) (hi - lo) * SORT_FACTOR < (long) numBins[feature] * numClasses
                    ? scanSorted(feature, lo, hi, classWeights, total, parentSquares)
                    : scanHistogram(feature, lo, hi, classWeights, total, parentSquares);
            if (!varies) {
                draws.wasConstant();
            }
        }
        childConstants = draws.finishNode();
        return bestFeature < 0 ? NONE : Splitter.encode(bestFeature, bestBin);
    }

    @Override
    public int childConstants() {
        return childConstants;
    }

    /** Histogram path; returns false if the feature is constant in the node. */
    private boolean scanHistogram(int feature, int lo, int hi, int[] classWeights, int total, long parentSquares) {
        byte[] column = columns[feature];
        int[] rows = sample.rows;
        int[] labels = sample.labels;
        int[] weights = sample.weights;
        int[] h = hist;
        int s = shift;
        int minBin = 255;
        int maxBin = 0;
        for (int i = lo; i < hi; i++) {
            int b = column[rows[i]] & 0xFF;
            h[(b << s) | labels[i]] += weights[i];
            minBin = Math.min(minBin, b);
            maxBin = Math.max(maxBin, b);
        }
        if (minBin == maxBin) {
            Arrays.fill(h, minBin << s, (minBin << s) + numClasses, 0);
            return false;
        }
        Arrays.fill(left, 0);
        System.arraycopy(classWeights, 0, right, 0, numClasses);
        long leftSquares = 0;
        long rightSquares = parentSquares;
        int leftWeight = 0;
        int previous = -1;
        for (int b = minBin; b <= maxBin; b++) {
            int base = b << s;
            int binWeight = 0;
            for (int c = 0; c < numClasses; c++) {
                binWeight += h[base + c];
            }
            if (binWeight == 0) {
                continue;
            }
            if (previous >= 0) {
                consider(feature, previous, b, leftWeight, total, leftSquares, rightSquares);
            }
            for (int c = 0; c < numClasses; c++) {
                int w = h[base + c];
                if (w != 0) {
                    leftSquares += (long) w * (2L * left[c] + w);
                    rightSquares -= (long) w * (2L * right[c] - w);
                    left[c] += w;
                    right[c] -= w;
                    h[base + c] = 0;
                }
            }
            leftWeight += binWeight;
            previous = b;
        }
        return true;
    }

    /** Sorted-key path; returns false if the feature is constant in the node. */
    private boolean scanSorted(int feature, int lo, int hi, int[] classWeights, int total, long parentSquares) {
        byte[] column = columns[feature];
        int[] rows = sample.rows;
        int[] labels = sample.labels;
        int[] weights = sample.weights;
        int m = hi - lo;
        int minBin = 255;
        int maxBin = 0;
        for (int i = 0; i < m; i++) {
            int p = lo + i;
            int b = column[rows[p]] & 0xFF;
            keys[i] = (long) b << 48 | (long) labels[p] << 32 | weights[p];
            minBin = Math.min(minBin, b);
            maxBin = Math.max(maxBin, b);
        }
        if (minBin == maxBin) {
            return false;
        }
        Arrays.sort(keys, 0, m);
        Arrays.fill(left, 0);
        System.arraycopy(classWeights, 0, right, 0, numClasses);
        long leftSquares = 0;
        long rightSquares = parentSquares;
        int leftWeight = 0;
        int previous = minBin;
        for (int i = 0; i < m; i++) {
            long key = keys[i];
            int b = (int) (key >>> 48);
            if (b != previous) {
                consider(feature, previous, b, leftWeight, total, leftSquares, rightSquares);
                previous = b;
            }
            int c = (int) (key >>> 32) & 0xFFFF;
            int w = (int) key;
            leftSquares += (long) w * (2L * left[c] + w);
            rightSquares -= (long) w * (2L * right[c] - w);
            left[c] += w;
            right[c] -= w;
            leftWeight += w;
        }
        return true;
    }

    /** Scores the split between occupied bins {@code previous < next} and keeps it if it is the best so far. */
    private void consider(int feature, int previous, int next, int leftWeight, int total, long leftSquares,
                          long rightSquares) {
        int rightWeight = total - leftWeight;
        if (leftWeight < minLeaf || rightWeight < minLeaf) {
            return;
        }
        double score = (double) leftSquares / leftWeight + (double) rightSquares / rightWeight;
        if (score > bestScore) {
            bestScore = score;
            bestFeature = feature;
            bestBin = (previous + next) >>> 1;
        }
    }
}
