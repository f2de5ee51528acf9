package dev.copse.forest.soft;

import java.util.ArrayList;
import java.util.List;

/**
 * <b>(Copse)</b> Finalising a budding tree's topology: walking down from the root, a node whose leafness
 * exceeds the threshold becomes a hard leaf ({@code q = 1}) and nothing below it is kept; an inner node at or
 * below the threshold stays an inner node with its soft leafness. The result keeps node ids, weights and
 * logits of every kept node unchanged.
 */
final class TopologyFinalisation {

    private TopologyFinalisation() {
    }

    static SoftTree finalise(SoftTree tree, float threshold) {
        if (!(threshold > 0f && threshold <= 1f)) {
            throw new IllegalArgumentException("leaf threshold must be in (0, 1], got " + threshold);
        }
        List<Integer> inner = new ArrayList<>();
        List<Integer> leaves = new ArrayList<>();
        int[] queue = new int[tree.nodeCount()];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        // Breadth-first over a heap-numbered tree visits ids in increasing order, as SoftTree requires.
        while (head < tail) {
            int n = queue[head++];
            if (tree.isInner(n) && tree.leafness(n) <= threshold) {
                inner.add(n);
                queue[tail++] = tree.leftChild(n);
                queue[tail++] = tree.rightChild(n);
            } else {
                leaves.add(n);
            }
        }
        return rebuild(tree, inner, leaves);
    }

    private static SoftTree rebuild(SoftTree tree, List<Integer> inner, List<Integer> leaves) {
        int d = tree.numFeatures();
        int c = tree.numClasses();
        int m = inner.size();
        int k = m + leaves.size();
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i < m ? inner.get(i) : leaves.get(i - m);
        }
        int[] newIndex = new int[tree.nodeCount()];
        for (int i = 0; i < k; i++) {
            newIndex[order[i]] = i;
        }
        int[] ids = new int[k];
        float[] q = new float[k];
        float[] logits = new float[k * c];
        float[] w = new float[m * d];
        float[] b = new float[m];
        int[] left = new int[m];
        int[] right = new int[m];
        for (int i = 0; i < k; i++) {
            int old = order[i];
            ids[i] = tree.nodeId(old);
            q[i] = i < m ? tree.leafness(old) : 1f;
            System.arraycopy(tree.classLogits(old), 0, logits, i * c, c);
            if (i < m) {
                System.arraycopy(tree.splitWeights(old), 0, w, i * d, d);
                b[i] = tree.splitBias(old);
                left[i] = newIndex[tree.leftChild(old)];
                right[i] = newIndex[tree.rightChild(old)];
            }
        }
        return new SoftTree(tree.maxDepth(), d, c, ids, q, logits, w, b, left, right);
    }
}
