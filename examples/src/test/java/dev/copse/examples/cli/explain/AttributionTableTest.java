package dev.copse.examples.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.explain.Attribution;
import dev.copse.forest.explain.ForestExplainer;
import dev.copse.forest.explain.ForestExplanation;
import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tables for tabular data, on a stump over three named features whose split weights are known. */
class AttributionTableTest {

    private static final List<String> NAMES = List.of("age", "income, net", "height");

    private static SoftForest stump() {
        SoftTree tree = new SoftTree(1, 3, 2, new int[] {0, 1, 2}, new float[] {0.1f, 1f, 1f},
                new float[] {0f, 0f, 1f, -1f, -1f, 1f}, new float[] {0.5f, -3f, 1f}, new float[] {0.2f},
                new int[] {1}, new int[] {2});
        return new SoftForest(List.of(tree), Combination.MIXTURE);
    }

    @Test
    void csvHasOneQuotedRowPerFeature() {
        float[] x = {1f, 1f, 1f};
        String csv = AttributionTable.csv(Attribution.of(stump(), x), x, NAMES);
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size());
        assertTrue(lines.get(2).startsWith("\"income, net\",1.0,"), lines.get(2));
    }

    /** With equal inputs the order of |gradient × input| is the order of |w|: income, height, age. */
    @Test
    void topFeaturesFollowTheSplitWeights() {
        float[] x = {1f, 1f, 1f};
        String md = AttributionTable.topFeatures(Attribution.of(stump(), x), x, NAMES, 2);
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| feature")).toList();
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).startsWith("| income, net |"), md);
        assertTrue(rows.get(1).startsWith("| height |"), md);
    }

    @Test
    void topNodesAreSortedByContribution() {
        ForestExplanation e = ForestExplainer.explain(stump(), new float[] {1f, 0f, 0f}, 0f);
        List<String> rows = AttributionTable.topNodes(e, 10).lines()
                .filter(l -> l.matches("\\| \\d+ \\|.*")).toList();
        assertEquals(3, rows.size());
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows) {
            String[] cells = row.split("\\|");
            double c = Math.abs(Double.parseDouble(cells[7].trim()));
            assertTrue(c <= previous, row);
            previous = c;
        }
    }
}
