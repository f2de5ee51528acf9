package dev.copse.forest.explain;

import dev.copse.forest.soft.SoftTree;

/**
 * Writes a tree as JSON text, for inspection and for tools that draw trees. The format (Copse's own):
 * <pre>
 * {"maxDepth": 3, "features": 4, "classes": 2,
 *  "nodes": [
 *    {"id": 0, "depth": 0, "leafness": 0.12, "logits": [0.1, -0.3],
 *     "split": {"left": 1, "right": 2, "bias": 0.5, "weights": [0.2, -1.0, 0.0, 3.5]}},
 *    {"id": 1, "depth": 1, "leafness": 1.0, "logits": [2.0, -1.0]},
 *    ...]}
 * </pre>
 * Nodes appear in increasing id; {@code left}/{@code right} are child ids; only inner nodes have a
 * {@code split} (the probability of going left is {@code sigmoid(weights . x + bias)}). Numbers use Java's
 * shortest round-trip float formatting, so parsing them back gives the same floats.
 */
public final class TreeJson {

    private TreeJson() {
    }

    public static String write(SoftTree tree) {
        StringBuilder out = new StringBuilder();
        out.append("{\"maxDepth\": ").append(tree.maxDepth())
                .append(", \"features\": ").append(tree.numFeatures())
                .append(", \"classes\": ").append(tree.numClasses())
                .append(",\n \"nodes\": [");
        int[] order = TreeOrder.byId(tree);
        for (int k = 0; k < order.length; k++) {
            int n = order[k];
            out.append(k == 0 ? "\n  " : ",\n  ");
            out.append("{\"id\": ").append(tree.nodeId(n))
                    .append(", \"depth\": ").append(tree.depth(n))
                    .append(", \"leafness\": ").append(tree.leafness(n))
                    .append(", \"logits\": ");
            array(out, tree.classLogits(n));
            if (tree.isInner(n)) {
                out.append(", \"split\": {\"left\": ").append(tree.nodeId(tree.leftChild(n)))
                        .append(", \"right\": ").append(tree.nodeId(tree.rightChild(n)))
                        .append(", \"bias\": ").append(tree.splitBias(n))
                        .append(", \"weights\": ");
                array(out, tree.splitWeights(n));
                out.append('}');
            }
            out.append('}');
        }
        return out.append("]}\n").toString();
    }

    private static void array(StringBuilder out, float[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(values[i]);
        }
        out.append(']');
    }
}
