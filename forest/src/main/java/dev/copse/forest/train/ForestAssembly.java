package dev.copse.forest.train;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns training parameters into the immutable compact model: per tree, the nodes that are not dead, with
 * inner nodes (splitting) first and leaves (depth D or frozen) after, each group in increasing id; the
 * temperature is folded into the splits ({@code w' = beta w}, {@code b' = beta b}).
 */
final class ForestAssembly {

    private ForestAssembly() {
    }

    static SoftForest toForest(ForestParameters p, float beta, Combination combination) {
        List<SoftTree> trees = new ArrayList<>(p.layout.trees);
        for (int t = 0; t < p.layout.trees; t++) {
            trees.add(tree(p, t, beta));
        }
        return new SoftForest(trees, combination);
    }

    private static SoftTree tree(ForestParameters p, int t, float beta) {
        ForestLayout l = p.layout;
        int d = l.features;
        int c = l.classes;
        List<Integer> inner = new ArrayList<>();
        List<Integer> leaves = new ArrayList<>();
        for (int id = 0; id < l.nodes; id++) {
            NodeState s = p.state[t * l.nodes + id];
            if (s == NodeState.DEAD) {
                continue;
            }
            (p.splits(t, id) ? inner : leaves).add(id);
        }
        int m = inner.size();
        int k = m + leaves.size();
        int[] ids = new int[k];
        int[] indexOfId = new int[l.nodes];
        for (int i = 0; i < k; i++) {
            ids[i] = i < m ? inner.get(i) : leaves.get(i - m);
            indexOfId[ids[i]] = i;
        }
        float[] q = new float[k];
        float[] theta = new float[k * c];
        float[] w = new float[m * d];
        float[] b = new float[m];
        int[] left = new int[m];
        int[] right = new int[m];
        for (int i = 0; i < k; i++) {
            int id = ids[i];
            int node = t * l.nodes + id;
            System.arraycopy(p.values, l.logitOffset + node * c, theta, i * c, c);
            if (i < m) {
                int innerNode = t * l.inner + id;
                q[i] = NodeTerms.sigmoid(p.values[l.leafnessOffset + innerNode]);
                for (int j = 0; j < d; j++) {
                    w[i * d + j] = beta * p.values[innerNode * d + j];
                }
                b[i] = beta * p.values[l.biasOffset + innerNode];
                left[i] = indexOfId[2 * id + 1];
                right[i] = indexOfId[2 * id + 2];
            } else {
                q[i] = 1f;
            }
        }
        return new SoftTree(l.depth, d, c, ids, q, theta, w, b, left, right);
    }
}
