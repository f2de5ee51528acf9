package dev.copse.forest.explain;

import dev.copse.forest.soft.SoftTree;
import java.util.Locale;

/**
 * Writes a tree in the Graphviz DOT language: one box per node labelled with its id, leafness and most
 * likely class (with that class's probability), and edges labelled {@code L} (taken with probability
 * {@code sigmoid(w.x + b)}) and {@code R}. Leaves are drawn as ellipses. Render with
 * {@code dot -Tsvg tree.dot > tree.svg}.
 */
public final class TreeDot {

    private TreeDot() {
    }

    public static String write(SoftTree tree) {
        StringBuilder out = new StringBuilder("digraph tree {\n  node [fontname=\"Helvetica\"];\n");
        for (int n : TreeOrder.byId(tree)) {
            float[] pi = tree.classDistribution(n);
            int best = 0;
            for (int c = 1; c < pi.length; c++) {
                if (pi[c] > pi[best]) {
                    best = c;
                }
            }
            out.append(String.format(Locale.ROOT, "  n%d [shape=%s, label=\"#%d\\nq=%.3f\\nclass %d (%.2f)\"];%n",
                    tree.nodeId(n), tree.isInner(n) ? "box" : "ellipse", tree.nodeId(n), tree.leafness(n), best,
                    pi[best]));
        }
        for (int n = 0; n < tree.innerNodeCount(); n++) {
            out.append(String.format(Locale.ROOT, "  n%d -> n%d [label=\"L\"];%n  n%d -> n%d [label=\"R\"];%n",
                    tree.nodeId(n), tree.nodeId(tree.leftChild(n)), tree.nodeId(n), tree.nodeId(tree.rightChild(n))));
        }
        return out.append("}\n").toString();
    }
}
