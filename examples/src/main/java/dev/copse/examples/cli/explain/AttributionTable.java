package dev.copse.examples.cli.explain;

import dev.copse.forest.explain.Attribution;
import dev.copse.forest.explain.ForestExplanation;
import dev.copse.forest.explain.NodeVisit;
import dev.copse.forest.explain.TreeExplanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One prediction's explanation as tables: every feature's value, gradient and gradient × input (CSV, in
 * feature order), the features that matter most (Markdown, largest |gradient × input| first), and the nodes
 * that contribute most to the predicted class's score (Markdown, largest |contribution| first).
 */
final class AttributionTable {

    private AttributionTable() {
    }

    static String csv(Attribution a, float[] x, List<String> featureNames) {
        StringBuilder out = new StringBuilder("feature,value,gradient,gradient_x_input\n");
        float[] g = a.gradient();
        float[] gx = a.gradientTimesInput();
        for (int j = 0; j < x.length; j++) {
            out.append(String.format(Locale.ROOT, "%s,%s,%s,%s%n", csvField(featureNames.get(j)), x[j], g[j], gx[j]));
        }
        return out.toString();
    }

    static String topFeatures(Attribution a, float[] x, List<String> featureNames, int rows) {
        float[] g = a.gradient();
        float[] gx = a.gradientTimesInput();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(gx[j])));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Gradient × input of class %d (p = %.4f), largest magnitude first.%n%n"
                        + "| feature | value | gradient | gradient × input |%n|---|---:|---:|---:|%n",
                a.targetClass(), a.probability()));
        for (int j : order.subList(0, Math.min(rows, order.size()))) {
            out.append(String.format(Locale.ROOT, "| %s | %.4g | %.4g | %.4g |%n", featureNames.get(j), x[j], g[j],
                    gx[j]));
        }
        return out.toString();
    }

    static String topNodes(ForestExplanation e, int rows) {
        record Row(int tree, NodeVisit visit) {
        }
        List<Row> all = new ArrayList<>();
        for (TreeExplanation t : e.trees()) {
            t.visits().forEach(v -> all.add(new Row(t.tree(), v)));
        }
        all.sort(Comparator.comparingDouble((Row r) -> -Math.abs(r.visit().contribution())));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Node contributions to class %d's score (weight = reach × leafness), largest first.%n%n"
                        + "| tree | node | depth | reach | leafness | weight | contribution |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|%n", e.predictedClass()));
        for (Row r : all.subList(0, Math.min(rows, all.size()))) {
            NodeVisit v = r.visit();
            out.append(String.format(Locale.ROOT, "| %d | %d | %d | %.4f | %.4f | %.4f | %.4f |%n", r.tree(),
                    v.nodeId(), v.depth(), v.reach(), v.leafness(), v.weight(), v.contribution()));
        }
        return out.toString();
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
