package dev.copse.forest.hard;

import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.forest.hard.binning.BinnedFeatures;
import java.util.Arrays;

/**
 * One trained axis-aligned tree in a flat array layout. Node 0 is the root. For node {@code i}:
 * <ul>
 *   <li>{@code child[i] >= 0}: an inner node; a row goes to the left child {@code child[i]} when its value of
 *       feature {@code feature[i]} is at most {@code threshold[i]} (equivalently, its bin is at most
 *       {@code thresholdBin[i]}), else to the right child {@code child[i] + 1};</li>
 *   <li>{@code child[i] < 0}: a leaf; its class distribution (class weights normalised to sum to 1, as
 *       float) is {@code leafValues[k * C .. (k + 1) * C)} with slot {@code k = ~child[i]}. All pure leaves
 *       of a class share one one-hot slot; mixed leaves have their own.</li>
 * </ul>
 * Per node the tree keeps 13 bytes (feature, threshold, threshold bin, child), plus {@code 4 C} bytes per
 * distribution slot.
 *
 * <p>Immutable and thread-safe. Two trees with equal arrays are {@link #equals equal}.
 */
public final class HardTree {

    /** Bytes kept per node: int feature, float threshold, byte threshold bin, int child. */
    static final int BYTES_PER_NODE = 4 + 4 + 1 + 4;
    /** Bytes of a node read when a row passes it: feature, threshold and child. */
    static final int BYTES_READ_PER_INNER_NODE = 4 + 4 + 4;

    private final int[] feature;     // [nodes], -1 at leaves
    private final byte[] bin;        // [nodes], unsigned threshold bin, 0 at leaves
    private final float[] threshold; // [nodes], raw-value threshold, 0 at leaves
    private final int[] child;       // [nodes]
    private final float[] leafValues; // [slots][C]
    private final int numClasses;
    private final int depth;

    HardTree(int[] feature, byte[] bin, float[] threshold, int[] child, float[] leafValues, int numClasses,
             int depth) {
        this.feature = feature;
        this.bin = bin;
        this.threshold = threshold;
        this.child = child;
        this.leafValues = leafValues;
        this.numClasses = numClasses;
        this.depth = depth;
    }

    /** Nodes, inner and leaves. */
    public int nodeCount() {
        return child.length;
    }

    /** Leaves: {@code (nodeCount() + 1) / 2}, as every inner node has two children. */
    public int leafCount() {
        return (nodeCount() + 1) / 2;
    }

    /** Stored leaf distributions: one shared per class with a pure leaf, plus one per mixed leaf. */
    public int distributionCount() {
        return leafValues.length / numClasses;
    }

    /** Inner (splitting) nodes. */
    public int innerCount() {
        return nodeCount() - leafCount();
    }

    /** Depth of the deepest leaf (0 for a tree that is a single leaf): the most comparisons a row needs. */
    public int depth() {
        return depth;
    }

    public int numClasses() {
        return numClasses;
    }

    public boolean isLeaf(int node) {
        return child[checkNode(node)] < 0;
    }

    /** The feature an inner node tests. */
    public int feature(int node) {
        return feature[checkInner(node)];
    }

    /** The largest bin that goes left at an inner node. */
    public int thresholdBin(int node) {
        return bin[checkInner(node)] & 0xFF;
    }

    /** The largest raw value that goes left at an inner node: the binner's upper edge of the threshold bin. */
    public float threshold(int node) {
        return threshold[checkInner(node)];
    }

    public int left(int node) {
        return child[checkInner(node)];
    }

    public int right(int node) {
        return child[checkInner(node)] + 1;
    }

    /** A leaf's class distribution: a fresh array of C probabilities summing to 1. */
    public float[] leafDistribution(int node) {
        int c = child[checkNode(node)];
        if (c >= 0) {
            throw new IllegalArgumentException("node " + node + " is an inner node, not a leaf");
        }
        int base = ~c * numClasses;
        return Arrays.copyOfRange(leafValues, base, base + numClasses);
    }

    /**
     * The leaf a row reaches, reading its raw values {@code row[offset + f]}; at most {@link #depth()}
     * comparisons. The row is not checked for NaN (NaN goes right at every node).
     */
    public int leafNode(float[] row, int offset) {
        int node = 0;
        int c;
        while ((c = child[node]) >= 0) {
            node = row[offset + feature[node]] <= threshold[node] ? c : c + 1;
        }
        return node;
    }

    /**
     * As {@link #leafNode(float[], int)}, and adds to {@code ledger} one comparison
     * ({@link CostConventions#hardAxisAlignedNode}) per inner node passed, with the parameter bytes read
     * there ({@value #BYTES_READ_PER_INNER_NODE} per inner node) and the 4-byte input value it reads.
     */
    public int leafNode(float[] row, int offset, CostLedger ledger) {
        int node = 0;
        int c;
        int passed = 0;
        while ((c = child[node]) >= 0) {
            node = row[offset + feature[node]] <= threshold[node] ? c : c + 1;
            CostConventions.hardAxisAlignedNode(ledger);
            passed++;
        }
        ledger.addParameterBytesRead((long) passed * BYTES_READ_PER_INNER_NODE);
        ledger.addActivationBytesMoved((long) passed * Float.BYTES);
        return node;
    }

    /** The leaf row {@code row} of binned features reaches, comparing bins. */
    public int leafNode(BinnedFeatures x, int row) {
        if (row < 0 || row >= x.size()) {
            throw new IndexOutOfBoundsException("row " + row + " outside [0, " + x.size() + ")");
        }
        int node = 0;
        int c;
        while ((c = child[node]) >= 0) {
            node = (x.column(feature[node])[row] & 0xFF) <= (bin[node] & 0xFF) ? c : c + 1;
        }
        return node;
    }

    /** Backing feature array, {@code [nodes]}, -1 at leaves; read-only by contract. */
    int[] featureArray() {
        return feature;
    }

    /** Backing raw-value threshold array, {@code [nodes]}, 0 at leaves; read-only by contract. */
    float[] thresholdArray() {
        return threshold;
    }

    /** Backing child array, {@code [nodes]}: left child at inner nodes, {@code ~slot} at leaves; read-only. */
    int[] childArray() {
        return child;
    }

    /** Backing leaf distributions, {@code [slots][C]}; read-only by contract. */
    float[] leafValues() {
        return leafValues;
    }

    /** Offset of a leaf's distribution in {@link #leafValues()}. */
    int leafOffset(int leafNode) {
        return ~child[leafNode] * numClasses;
    }

    /** Bytes this tree keeps for inference: {@value #BYTES_PER_NODE} per node plus 4 C per distribution slot. */
    long bytes() {
        return (long) nodeCount() * BYTES_PER_NODE + (long) leafValues.length * Float.BYTES;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HardTree t && numClasses == t.numClasses && depth == t.depth
                && Arrays.equals(feature, t.feature) && Arrays.equals(bin, t.bin)
                && Arrays.equals(threshold, t.threshold) && Arrays.equals(child, t.child)
                && Arrays.equals(leafValues, t.leafValues);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(child) + Arrays.hashCode(leafValues);
    }

    @Override
    public String toString() {
        return "HardTree[" + nodeCount() + " nodes, " + leafCount() + " leaves, depth " + depth + "]";
    }

    private int checkNode(int node) {
        if (node < 0 || node >= child.length) {
            throw new IndexOutOfBoundsException("node " + node + " outside [0, " + child.length + ")");
        }
        return node;
    }

    private int checkInner(int node) {
        if (child[checkNode(node)] < 0) {
            throw new IllegalArgumentException("node " + node + " is a leaf, not an inner node");
        }
        return node;
    }
}
