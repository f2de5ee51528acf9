package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;

/**
 * The growing node arrays of one tree, reused by a worker from tree to tree; {@link #build} copies them,
 * trimmed, into an immutable {@link HardTree}. A split allocates both children at once, so the right child
 * is always the left child plus one.
 *
 * <p>Leaf distributions are stored once per distinct value where it is cheap to see: the first pure leaf of a
 * class stores the one-hot distribution, which every later pure leaf of that class shares (most leaves of a
 * fully grown tree are pure), and each mixed leaf gets a slot of its own. Sharing never stores more than
 * one slot per leaf. Not thread-safe.
 */
final class TreeBuffer {

    private final int numClasses;
    private int[] feature = new int[1024];
    private byte[] bin = new byte[1024];
    private int[] child = new int[1024];
    private float[] leafValues;
    private final int[] oneHotSlot; // [C], -1 until the class has a pure leaf in this tree
    private int nodes;
    private int slots;
    private int depth;

    TreeBuffer(int numClasses) {
        this.numClasses = numClasses;
        this.leafValues = new float[Math.multiplyExact(64, numClasses)];
        this.oneHotSlot = new int[numClasses];
    }

    /** Empties the buffer and allocates the root, node 0. */
    void startTree() {
        nodes = 1;
        depth = 0;
        slots = 0;
        Arrays.fill(oneHotSlot, -1);
    }

    /** Makes {@code node} an inner node splitting on {@code bin(feature) <= threshold}; returns its left child. */
    int split(int node, int splitFeature, int threshold) {
        if (nodes + 2 > feature.length) {
            int capacity = Math.multiplyExact(feature.length, 2);
            feature = Arrays.copyOf(feature, capacity);
            bin = Arrays.copyOf(bin, capacity);
            child = Arrays.copyOf(child, capacity);
        }
        int left = nodes;
        nodes += 2;
        feature[node] = splitFeature;
        bin[node] = (byte) threshold;
        child[node] = left;
        return left;
    }

    /** Makes {@code node}, at {@code nodeDepth}, a leaf holding the normalised class weights. */
    void leaf(int node, int nodeDepth, int[] classWeights, int total) {
        feature[node] = -1;
        bin[node] = 0;
        child[node] = ~slotFor(classWeights, total);
        depth = Math.max(depth, nodeDepth);
    }

    /** The shared one-hot slot of a pure leaf's class, else a new slot with the normalised weights. */
    private int slotFor(int[] classWeights, int total) {
        int pure = -1;
        for (int c = 0; c < numClasses && pure < 0; c++) {
            if (classWeights[c] == total) {
                pure = c;
            }
        }
        if (pure >= 0 && oneHotSlot[pure] >= 0) {
            return oneHotSlot[pure];
        }
        if ((long) (slots + 1) * numClasses > leafValues.length) {
            leafValues = Arrays.copyOf(leafValues, Math.multiplyExact(leafValues.length, 2));
        }
        int base = slots * numClasses;
        for (int c = 0; c < numClasses; c++) {
            leafValues[base + c] = classWeights[c] / (float) total;
        }
        if (pure >= 0) {
            oneHotSlot[pure] = slots;
        }
        return slots++;
    }

    /** The finished tree; thresholds on raw values come from the binner's upper bin edges. */
    HardTree build(FeatureBinner binner) {
        int[] features = Arrays.copyOf(feature, nodes);
        byte[] bins = Arrays.copyOf(bin, nodes);
        float[] thresholds = new float[nodes];
        for (int node = 0; node < nodes; node++) {
            if (child[node] >= 0) {
                thresholds[node] = binner.upperEdge(features[node], bins[node] & 0xFF);
            }
        }
        return new HardTree(features, bins, thresholds, Arrays.copyOf(child, nodes),
                Arrays.copyOf(leafValues, slots * numClasses), numClasses, depth);
    }
}
