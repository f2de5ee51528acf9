package dev.copse.forest.explain;

import dev.copse.forest.soft.SoftTree;

/**
 * A node's split weights, the direction in input space that decides left from right: as a vector, or laid
 * out as an image when the inputs are pixels (positive weights push towards the left child).
 */
public final class SplitWeightMap {

    private SplitWeightMap() {
    }

    /** The split weights of the inner node with heap id {@code nodeId} (temperature folded in). */
    public static float[] weights(SoftTree tree, int nodeId) {
        return tree.splitWeights(innerIndex(tree, nodeId));
    }

    /**
     * The split weights as {@code height x width} rows, feature {@code r * width + c} at {@code [r][c]}.
     *
     * @throws IllegalArgumentException if {@code height * width} is not the number of features, or the node
     *                                  is not an inner node of the tree
     */
    public static float[][] image(SoftTree tree, int nodeId, int height, int width) {
        if (height < 1 || width < 1 || (long) height * width != tree.numFeatures()) {
            throw new IllegalArgumentException("an image of " + height + " x " + width + " does not hold the tree's "
                    + tree.numFeatures() + " features");
        }
        float[] w = weights(tree, nodeId);
        float[][] out = new float[height][width];
        for (int r = 0; r < height; r++) {
            System.arraycopy(w, r * width, out[r], 0, width);
        }
        return out;
    }

    private static int innerIndex(SoftTree tree, int nodeId) {
        int index = tree.indexOf(nodeId);
        if (index < 0 || !tree.isInner(index)) {
            throw new IllegalArgumentException("node id " + nodeId + " is not an inner node of this tree");
        }
        return index;
    }
}
