package dev.copse.forest.soft;

/**
 * The shape of one tree: how much of the complete tree it kept.
 *
 * @param innerNodes     inner nodes (nodes that split), each costing one split in soft inference
 * @param leaves         nodes without children
 * @param meanLeafDepth  unweighted mean depth of the leaves (root depth 0)
 * @param maxLeafDepth   depth of the deepest leaf
 * @param fullInnerNodes inner nodes of the complete tree of the same maximum depth, {@code 2^D - 1}
 */
public record TreeSummary(int innerNodes, int leaves, double meanLeafDepth, int maxLeafDepth, int fullInnerNodes) {

    /** Fraction of the complete tree's inner nodes that this tree kept. */
    public double retainedFraction() {
        return innerNodes / (double) fullInnerNodes;
    }
}
