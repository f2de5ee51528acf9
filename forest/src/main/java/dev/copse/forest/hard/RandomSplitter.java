package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.BinnedFeatures;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The completely-random split: take a feature from {@link FeatureDraws} that varies in the node (found by
 * one pass for its smallest and largest bin) and draw the threshold bin uniformly from {@code [min, max - 1]}.
 * With one feature per split and one row per leaf allowed (gcForest's setting) that is the split: the first
 * varying feature drawn, which is uniform among the node's varying features. Otherwise every varying feature
 * drawn gives such a candidate, scored by Gini (one more pass each), and the best allowed one wins, as in
 * extremely randomised trees. A candidate leaving fewer than {@code minLeaf} rows on a side is dropped but
 * its draw still counts, so a node may end up a leaf.
 */
final class RandomSplitter implements Splitter {

    private final byte[][] columns;
    private final SampleRows sample;
    private final int numClasses;
    private final int minLeaf;
    private final boolean firstIsFinal;
    private final FeatureDraws draws;
    private final int[] left;
    private int childConstants;

    RandomSplitter(BinnedFeatures x, SampleRows sample, int numClasses, int maxFeatures, int minLeaf) {
        int d = x.numFeatures();
        this.columns = new byte[d][];
        for (int f = 0; f < d; f++) {
            columns[f] = x.column(f);
        }
        this.sample = sample;
        this.numClasses = numClasses;
        this.minLeaf = minLeaf;
        this.firstIsFinal = maxFeatures == 1 && minLeaf == 1;
        this.draws = new FeatureDraws(x.binner(), maxFeatures);
        this.left = new int[numClasses];
    }

    @Override
    public int startTree() {
        draws.startTree();
        return draws.rootConstants();
    }

    @Override
    public long find(int lo, int hi, int[] classWeights, int total, int knownConstants, SplittableRandom random) {
        draws.startNode(knownConstants);
        long best = NONE;
        double bestScore = Double.NEGATIVE_INFINITY;
        int[] rows = sample.rows;
        for (int feature = draws.next(random); feature >= 0; feature = draws.next(random)) {
            byte[] column = columns[feature];
            int minBin = 255;
            int maxBin = 0;
            for (int i = lo; i < hi; i++) {
                int b = column[rows[i]] & 0xFF;
                minBin = Math.min(minBin, b);
                maxBin = Math.max(maxBin, b);
            }
            if (minBin == maxBin) {
                draws.wasConstant();
                continue;
            }
            int threshold = minBin + random.nextInt(maxBin - minBin);
            if (firstIsFinal) {
                best = Splitter.encode(feature, threshold);
                break;
            }
            double score = score(column, threshold, lo, hi, classWeights, total);
            if (score > bestScore) {
                bestScore = score;
                best = Splitter.encode(feature, threshold);
            }
        }
        childConstants = draws.finishNode();
        return best;
    }

    @Override
    public int childConstants() {
        return childConstants;
    }

    /** The Gini score of splitting at {@code threshold}, or -infinity if a side gets fewer than minLeaf rows. */
    private double score(byte[] column, int threshold, int lo, int hi, int[] classWeights, int total) {
        int[] rows = sample.rows;
        int[] labels = sample.labels;
        int[] weights = sample.weights;
        Arrays.fill(left, 0);
        int leftWeight = 0;
        for (int i = lo; i < hi; i++) {
            if ((column[rows[i]] & 0xFF) <= threshold) {
                left[labels[i]] += weights[i];
                leftWeight += weights[i];
            }
        }
        int rightWeight = total - leftWeight;
        if (leftWeight < minLeaf || rightWeight < minLeaf) {
            return Double.NEGATIVE_INFINITY;
        }
        long leftSquares = 0;
        long rightSquares = 0;
        for (int c = 0; c < numClasses; c++) {
            long l = left[c];
            long r = classWeights[c] - l;
            leftSquares += l * l;
            rightSquares += r * r;
        }
        return (double) leftSquares / leftWeight + (double) rightSquares / rightWeight;
    }
}
