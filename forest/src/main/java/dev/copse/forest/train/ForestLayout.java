package dev.copse.forest.train;

/**
 * Shapes and offsets of a forest of T complete binary trees of depth D over d features and C classes, as
 * trained. Nodes of a tree use heap numbering (root 0, children {@code 2n+1} left and {@code 2n+2} right):
 * ids {@code 0 .. I-1} are inner ({@code I = 2^D - 1}), ids {@code I .. N-1} sit at depth D
 * ({@code N = 2^(D+1) - 1}). Node n of tree t is forest node {@code t N + n}; inner node i of tree t is
 * forest inner node {@code t I + i}.
 *
 * <p>All parameters live in one flat float array (one Adam state, one gradient buffer):
 * <pre>
 *   [ W : T I x d split weights | b : T I split biases | a : T I leafness logits | theta : T N x C class logits ]
 * </pre>
 */
final class ForestLayout {

    final int trees;
    final int depth;
    final int features;
    final int classes;
    final int inner;        // I, per tree
    final int nodes;        // N, per tree
    final int totalInner;   // T I
    final int totalNodes;   // T N
    final int biasOffset;
    final int leafnessOffset;
    final int logitOffset;
    final int size;

    ForestLayout(int trees, int depth, int features, int classes) {
        this.trees = trees;
        this.depth = depth;
        this.features = features;
        this.classes = classes;
        this.inner = (1 << depth) - 1;
        this.nodes = (1 << (depth + 1)) - 1;
        this.totalInner = trees * inner;
        this.totalNodes = trees * nodes;
        long weights = (long) totalInner * features;
        long all = weights + 2L * totalInner + (long) totalNodes * classes;
        if (all > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a forest of " + trees + " trees of depth " + depth + " over "
                    + features + " features has " + all + " parameters, more than one array holds;"
                    + " use fewer trees or a smaller maxDepth");
        }
        this.biasOffset = (int) weights;
        this.leafnessOffset = biasOffset + totalInner;
        this.logitOffset = leafnessOffset + totalInner;
        this.size = (int) all;
    }

    static int depthOf(int id) {
        return 31 - Integer.numberOfLeadingZeros(id + 1);
    }
}
