package dev.copse.forest.soft;

/**
 * The consistency rules of a {@link SoftTree}'s compact arrays, checked once at construction so that
 * inference can trust them (every parent precedes its children, every node but the root has exactly one
 * parent, ids match the heap numbering).
 */
final class TreeValidation {

    private final int maxDepth;
    private final int features;
    private final int classes;

    TreeValidation(int maxDepth, int features, int classes) {
        this.maxDepth = maxDepth;
        this.features = features;
        this.classes = classes;
    }

    void check(int[] ids, float[] leafness, float[] logits, float[] weights, float[] bias, int[] left, int[] right) {
        int k = ids.length;
        int m = bias.length;
        if (k != 2 * m + 1) {
            throw fail("a binary tree with " + m + " inner nodes has " + (2 * m + 1) + " nodes, got " + k + " node ids");
        }
        expectLength("leafness", leafness.length, k);
        expectLength("classLogits", logits.length, (long) k * classes);
        expectLength("splitWeights", weights.length, (long) m * features);
        expectLength("leftChild", left.length, m);
        expectLength("rightChild", right.length, m);
        if (ids[0] != 0) {
            throw fail("node index 0 must be the root (id 0), got id " + ids[0]);
        }
        checkIds(ids, m);
        checkValues(leafness, logits, weights, bias, m);
        boolean[] hasParent = new boolean[k];
        for (int i = 0; i < m; i++) {
            child(i, left[i], 2 * ids[i] + 1, ids, hasParent, "left");
            child(i, right[i], 2 * ids[i] + 2, ids, hasParent, "right");
        }
        for (int n = 1; n < k; n++) {
            if (!hasParent[n]) {
                throw fail("node index " + n + " (id " + ids[n] + ") has no parent");
            }
        }
    }

    private void checkIds(int[] ids, int m) {
        for (int n = 0; n < ids.length; n++) {
            if (ids[n] < 0 || SoftTree.depthOfId(ids[n]) > (n < m ? maxDepth - 1 : maxDepth)) {
                throw fail("node id " + ids[n] + " at index " + n + " is outside a tree of depth " + maxDepth
                        + (n < m ? " for an inner node" : ""));
            }
            boolean groupStart = n == 0 || n == m;
            if (!groupStart && ids[n] <= ids[n - 1]) {
                throw fail("node ids must increase within inner nodes and within leaves; index " + n + " has id "
                        + ids[n] + " after " + ids[n - 1]);
            }
        }
    }

    private void checkValues(float[] leafness, float[] logits, float[] weights, float[] bias, int m) {
        for (int n = 0; n < leafness.length; n++) {
            if (n < m ? !(leafness[n] >= 0f && leafness[n] <= 1f) : leafness[n] != 1f) {
                throw fail("leafness[" + n + "] = " + leafness[n] + (n < m ? " must be in [0, 1]" : " must be 1 for a leaf"));
            }
        }
        finite("classLogits", logits);
        finite("splitWeights", weights);
        finite("splitBias", bias);
    }

    private void child(int parent, int child, int expectedId, int[] ids, boolean[] hasParent, String side) {
        if (child <= parent || child >= ids.length) {
            throw fail(side + " child of node index " + parent + " must be an index in (" + parent + ", "
                    + ids.length + "), got " + child);
        }
        if (ids[child] != expectedId) {
            throw fail(side + " child of node id " + ids[parent] + " must have id " + expectedId + ", got " + ids[child]);
        }
        if (hasParent[child]) {
            throw fail("node index " + child + " has two parents");
        }
        hasParent[child] = true;
    }

    private static void finite(String name, float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw fail(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
    }

    private static void expectLength(String name, long actual, long expected) {
        if (actual != expected) {
            throw fail(name + " must have length " + expected + ", got " + actual);
        }
    }

    private static IllegalArgumentException fail(String message) {
        return new IllegalArgumentException("SoftTree: " + message);
    }
}
