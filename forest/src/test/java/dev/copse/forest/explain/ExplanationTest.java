package dev.copse.forest.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import dev.copse.forest.soft.TestTrees;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static SoftForest forest(Combination combination) {
        return new SoftForest(List.of(TestTrees.complete(3, 6, 3, 0.4f, 1), TestTrees.complete(3, 6, 3, 0.4f, 2)),
                combination);
    }

    /** With minReach 0 the contributions add up to the predicted class's probability (mixture). */
    @Test
    void mixtureContributionsAddUpToTheProbability() {
        SoftForest f = forest(Combination.MIXTURE);
        float[] x = TestTrees.gaussianRows(1, 6, 3);
        ForestExplanation e = ForestExplainer.explain(f, x, 0f);
        double sum = e.trees().stream().mapToDouble(TreeExplanation::contribution).sum();
        assertEquals(e.probabilities()[e.predictedClass()], sum, 1e-5);
        assertEquals(15, e.trees().get(0).visits().size());
    }

    /**
     * With minReach 0 the visits list every node; rebuilding the summed logits of every class from their
     * weights must give the forest's probabilities, and the contributions must add up to the predicted
     * class's logit.
     */
    @Test
    void summedContributionsAddUpToTheLogit() {
        SoftForest f = forest(Combination.SUMMED_LOGITS);
        float[] x = TestTrees.gaussianRows(1, 6, 4);
        ForestExplanation e = ForestExplainer.explain(f, x, 0f);
        double[] logits = new double[3];
        for (TreeExplanation t : e.trees()) {
            SoftTree tree = f.tree(t.tree());
            double weights = 0;
            for (NodeVisit v : t.visits()) {
                assertEquals(v.reach() * v.leafness(), v.weight(), 1e-7);
                float[] theta = tree.classLogits(tree.indexOf(v.nodeId()));
                for (int c = 0; c < 3; c++) {
                    logits[c] += v.weight() * theta[c];
                }
                weights += v.weight();
            }
            assertEquals(1.0, weights, 1e-5, "the weights of a tree sum to 1");
        }
        double total = Math.exp(logits[0]) + Math.exp(logits[1]) + Math.exp(logits[2]);
        for (int c = 0; c < 3; c++) {
            assertEquals(Math.exp(logits[c]) / total, e.probabilities()[c], 1e-5);
        }
        double contribution = e.trees().stream().mapToDouble(TreeExplanation::contribution).sum();
        assertEquals(logits[e.predictedClass()], contribution, 1e-5);
    }

    @Test
    void hardPathEndsWhereHardInferenceStops() {
        SoftForest f = forest(Combination.SUMMED_LOGITS);
        float[] x = TestTrees.gaussianRows(1, 6, 5);
        ForestExplanation e = ForestExplainer.explain(f, x, 0.05f);
        ForestPredictions hard = f.predictHard(x, 1);
        float[] logits = new float[3];
        for (TreeExplanation t : e.trees()) {
            List<Integer> path = t.hardPath();
            assertEquals(0, path.get(0));
            for (int k = 1; k < path.size(); k++) {
                int parent = path.get(k - 1);
                assertTrue(path.get(k) == 2 * parent + 1 || path.get(k) == 2 * parent + 2);
            }
            SoftTree tree = f.tree(t.tree());
            float[] leaf = tree.classLogits(tree.indexOf(path.get(path.size() - 1)));
            for (int c = 0; c < 3; c++) {
                logits[c] += leaf[c];
            }
            for (NodeVisit v : t.visits()) {
                assertTrue(v.reach() >= 0.05f);
            }
        }
        assertEquals(argmax(logits), hard.label(0));
    }

    private static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] > v[best] ? i : best;
        }
        return best;
    }

    @Test
    void splitWeightsAsImage() {
        SoftTree tree = TestTrees.complete(2, 6, 2, 0.1f, 6);
        float[][] image = SplitWeightMap.image(tree, 1, 2, 3);
        float[] w = SplitWeightMap.weights(tree, 1);
        assertArrayEquals(new float[] {w[3], w[4], w[5]}, image[1]);
        assertThrows(IllegalArgumentException.class, () -> SplitWeightMap.image(tree, 1, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> SplitWeightMap.weights(tree, 5));
    }

    /** The JSON lists every node with its numbers, which parse back to the same floats. */
    @Test
    void jsonHoldsEveryNode() {
        SoftTree tree = TestTrees.complete(2, 3, 2, 0.3f, 7);
        String json = TreeJson.write(tree);
        Matcher ids = Pattern.compile("\\{\"id\": (\\d+), \"depth\": (\\d+), \"leafness\": ([^,]+),").matcher(json);
        int count = 0;
        while (ids.find()) {
            int id = Integer.parseInt(ids.group(1));
            int n = tree.indexOf(id);
            assertEquals(tree.depth(n), Integer.parseInt(ids.group(2)));
            assertEquals(tree.leafness(n), Float.parseFloat(ids.group(3)));
            count++;
        }
        assertEquals(7, count);
        assertTrue(json.contains("\"weights\": [" + tree.splitWeights(0)[0] + ", "));
        assertEquals(3, json.split("\"split\"").length - 1);
        assertEquals(count(json, '{'), count(json, '}'));
        assertEquals(count(json, '['), count(json, ']'));
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    @Test
    void dotHasOneNodeAndTwoEdgesPerSplit() {
        SoftTree tree = TestTrees.complete(3, 3, 2, 0.3f, 8);
        String dot = TreeDot.write(tree);
        assertTrue(dot.startsWith("digraph tree {"));
        assertEquals(15, dot.split("\\[shape=").length - 1);
        assertEquals(14, dot.split(" -> ").length - 1);
        assertTrue(dot.contains("n3 -> n7 [label=\"L\"]"));
    }
}
