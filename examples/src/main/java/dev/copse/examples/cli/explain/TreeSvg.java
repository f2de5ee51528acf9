package dev.copse.examples.cli.explain;

import dev.copse.forest.explain.NodeVisit;
import dev.copse.forest.explain.TreeExplanation;
import dev.copse.forest.soft.SoftTree;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A soft tree drawn as SVG by Copse itself, no Graphviz needed. The layout is layered: depth d is row d, and
 * a node sits above the middle of the slots its complete subtree would cover, so the picture keeps the
 * shape of the complete tree the node ids refer to and shows at a glance where the learned topology cut it
 * short. Each node is one {@code <g class="node">} element: a box shaded by the input's reaching
 * probability, with the node id, leafness q, reach, and the most likely class with its probability. Leaves
 * above the full depth (the learned topology made them leaves) have a dashed green border and say so; the
 * input's hard path is drawn in red. Edges carry the probability the input takes them.
 */
final class TreeSvg {

    private static final int BOX_W = 112;
    private static final int BOX_H = 62;
    private static final int SLOT = BOX_W + 10;
    private static final int LEVEL = BOX_H + 46;
    private static final int TOP = 40;

    private TreeSvg() {
    }

    /**
     * @param title       the caption drawn above the tree
     * @param explanation the tree's explanation for one input, listing every node (built with minReach 0)
     */
    static String write(SoftTree tree, TreeExplanation explanation, String title) {
        Map<Integer, NodeVisit> visits = new HashMap<>();
        for (NodeVisit v : explanation.visits()) {
            visits.put(v.nodeId(), v);
        }
        Set<Integer> path = new HashSet<>(explanation.hardPath());
        int depth = 0;
        for (int n = 0; n < tree.nodeCount(); n++) {
            depth = Math.max(depth, tree.depth(n));
        }
        int width = (1 << depth) * SLOT;
        int height = TOP + (depth + 1) * LEVEL;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"20\" font-size=\"14\">%s</text>%n", escape(title)));
        for (int n = 0; n < tree.innerNodeCount(); n++) {
            NodeVisit v = visits.get(tree.nodeId(n));
            double left = v == null ? Double.NaN : v.leftProbability();
            edge(svg, tree, n, tree.leftChild(n), left, path, width);
            edge(svg, tree, n, tree.rightChild(n), 1 - left, path, width);
        }
        for (int n = 0; n < tree.nodeCount(); n++) {
            node(svg, tree, n, visits.get(tree.nodeId(n)), path.contains(tree.nodeId(n)), width);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, SoftTree tree, int parent, int child, double probability,
                             Set<Integer> path, int width) {
        boolean onPath = path.contains(tree.nodeId(parent)) && path.contains(tree.nodeId(child));
        double x1 = centre(tree.nodeId(parent), width);
        double y1 = top(tree.depth(parent)) + BOX_H;
        double x2 = centre(tree.nodeId(child), width);
        double y2 = top(tree.depth(child));
        svg.append(String.format(Locale.ROOT, "<line class=\"edge\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"%s\" stroke-width=\"%d\"/>%n", x1, y1, x2, y2, onPath ? "#d62728" : "#888888",
                onPath ? 3 : 1));
        if (!Double.isNaN(probability)) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">"
                    + "%.3f</text>%n", (x1 + x2) / 2, (y1 + y2) / 2, onPath ? "#d62728" : "#555555", probability));
        }
    }

    private static void node(StringBuilder svg, SoftTree tree, int n, NodeVisit visit, boolean onPath, int width) {
        int id = tree.nodeId(n);
        double x = centre(id, width) - BOX_W / 2.0;
        double y = top(tree.depth(n));
        float[] pi = tree.classDistribution(n);
        int best = 0;
        for (int c = 1; c < pi.length; c++) {
            best = pi[c] > pi[best] ? c : best;
        }
        float reach = visit == null ? 0f : visit.reach();
        boolean learnedLeaf = !tree.isInner(n) && tree.depth(n) < tree.maxDepth();
        String stroke = onPath ? "#d62728" : learnedLeaf ? "#2ca02c" : "#333333";
        svg.append(String.format(Locale.ROOT, "<g class=\"node\" id=\"n%d\">%n", id));
        svg.append(String.format(Locale.ROOT, "  <rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"%d\""
                        + " fill=\"#ff7f0e\" fill-opacity=\"%.3f\" stroke=\"%s\" stroke-width=\"%d\"%s/>%n",
                x, y, BOX_W, BOX_H, tree.isInner(n) ? 0 : 12, 0.08 + 0.6 * reach, stroke, onPath ? 3 : 1,
                learnedLeaf ? " stroke-dasharray=\"5,3\"" : ""));
        String[] lines = {
            String.format(Locale.ROOT, "#%d  q=%.3f", id, tree.leafness(n)),
            String.format(Locale.ROOT, "reach %.3f", reach),
            String.format(Locale.ROOT, "class %d (%.2f)", best, pi[best]),
            learnedLeaf ? "learned leaf" : tree.isInner(n) ? "split" : "leaf"};
        for (int k = 0; k < lines.length; k++) {
            svg.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\">%s</text>%n", x + 6,
                    y + 14 + 14 * k, lines[k]));
        }
        svg.append("</g>\n");
    }

    private static double centre(int id, int width) {
        int depth = SoftTree.depthOfId(id);
        int slot = id - ((1 << depth) - 1);
        return (slot + 0.5) * width / (1 << depth);
    }

    private static double top(int depth) {
        return TOP + depth * LEVEL;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
