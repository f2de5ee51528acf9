package dev.copse.forest.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import dev.copse.forest.soft.TestTrees;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node's reach in an explanation is the product of the probabilities along its path, and with those
 * reaches the leaves and nodes rebuild every class probability the forest itself computes.
 */
class PathProbabilityTest {

    @Test
    void reachIsTheProductAlongThePathAndRebuildsTheModelsOutput() {
        int d = 4;
        SoftForest forest = new SoftForest(List.of(TestTrees.complete(3, d, 3, 0.5f, 31),
                TestTrees.complete(4, d, 3, 0.2f, 32)), Combination.MIXTURE);
        for (long seed = 1; seed <= 3; seed++) {
            float[] x = TestTrees.gaussianRows(1, d, 40 + seed);
            ForestExplanation e = ForestExplainer.explain(forest, x, 0f);
            ForestPredictions model = forest.predictSoft(x, 1);
            double[] rebuilt = new double[3];
            for (TreeExplanation t : e.trees()) {
                SoftTree tree = forest.tree(t.tree());
                Map<Integer, NodeVisit> byId = new HashMap<>();
                t.visits().forEach(v -> byId.put(v.nodeId(), v));
                for (NodeVisit v : t.visits()) {
                    double product = 1;
                    for (int id = v.nodeId(); id > 0; id = (id - 1) / 2) {
                        int parent = tree.indexOf((id - 1) / 2);
                        double p = 1 / (1 + Math.exp(-tree.splitValue(parent, x, 0)));
                        boolean wentLeft = id % 2 == 1;
                        product *= (1 - tree.leafness(parent)) * (wentLeft ? p : 1 - p);
                    }
                    assertEquals(product, v.reach(), 1e-5, "tree " + t.tree() + " node " + v.nodeId());
                    float[] pi = tree.classDistribution(tree.indexOf(v.nodeId()));
                    for (int c = 0; c < 3; c++) {
                        rebuilt[c] += product * v.leafness() * pi[c] / forest.numTrees();
                    }
                }
                assertEquals(tree.nodeCount(), byId.size());
            }
            for (int c = 0; c < 3; c++) {
                assertEquals(model.probability(0, c), rebuilt[c], 1e-5, "class " + c);
            }
        }
    }
}
