package dev.copse.forest.hard;

import java.util.SplittableRandom;

/**
 * Chooses how one tree node splits. One instance per worker thread, reused across nodes and trees, holding
 * that worker's scratch buffers; not thread-safe.
 */
interface Splitter {

    /** Returned when the node cannot split: its rows agree on every feature, or no candidate is allowed. */
    long NONE = -1;

    /**
     * Forgets everything carried over from the previous tree; called before each tree.
     *
     * @return the number of features known to be constant at the root
     */
    int startTree();

    /**
     * Chooses the split of the node holding positions {@code [lo, hi)} of the worker's {@link SampleRows}
     * (read, not reordered).
     *
     * @param classWeights   the node's total weight per class (read-only)
     * @param total          the sum of {@code classWeights}
     * @param knownConstants features known to be constant in the node (see {@link FeatureDraws})
     * @return {@link #encode(int, int) encode(feature, bin)}, meaning rows whose bin of {@code feature} is at
     *         most {@code bin} go left, or {@link #NONE}
     */
    long find(int lo, int hi, int[] classWeights, int total, int knownConstants, SplittableRandom random);

    /** The features known to be constant in the children of the node of the last {@link #find}. */
    int childConstants();

    /** Packs a split; {@code bin} is in {@code [0, 254]}. */
    static long encode(int feature, int bin) {
        return (long) feature << 8 | bin;
    }

    static int feature(long split) {
        return (int) (split >>> 8);
    }

    static int bin(long split) {
        return (int) (split & 0xFF);
    }

    /** {@code sum_c w_c^2} for the node's class weights: the score's parent term. */
    static long sumOfSquares(int[] classWeights) {
        long sum = 0;
        for (int w : classWeights) {
            sum += (long) w * w;
        }
        return sum;
    }
}
