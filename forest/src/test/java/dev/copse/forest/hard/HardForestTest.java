package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HardForestTest {

    private static Dataset data;
    private static HardForest forest;

    @BeforeAll
    static void train() {
        data = SyntheticData.blobs(500, 5, 31);
        forest = RandomForest.fit(data, RandomForest.Options.defaults().withTrees(9).withThreads(2), event -> { });
    }

    @Test
    void probabilitiesAreDistributions() {
        float[] proba = forest.predictProba(data);
        assertEquals(data.size() * 3, proba.length);
        for (int r = 0; r < data.size(); r++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                float p = proba[r * 3 + c];
                assertTrue(p >= 0 && p <= 1);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-5, "row " + r);
        }
    }

    @Test
    void probabilitiesAreTheMeanOfTheLeafDistributions() {
        float[] row = Arrays.copyOfRange(data.features(), 7 * 5, 8 * 5);
        double[] expected = new double[3];
        for (HardTree tree : forest.trees()) {
            float[] leaf = tree.leafDistribution(tree.leafNode(row, 0));
            for (int c = 0; c < 3; c++) {
                expected[c] += leaf[c] / 9.0;
            }
        }
        float[] out = new float[3];
        forest.predictProba(row, 0, out, 0);
        for (int c = 0; c < 3; c++) {
            assertEquals(expected[c], out[c], 1e-6);
        }
    }

    @Test
    void rawBinnedSingleRowAndThreadedPredictionsAgreeExactly() {
        int n = data.size();
        float[] batch = forest.predictProba(data.features(), n, 1);
        assertArrayEquals(batch, forest.predictProba(data.features(), n, 3));
        BinnedFeatures binned = forest.binner().transform(data, 1);
        assertArrayEquals(batch, forest.predictProba(binned, 2));
        float[] out = new float[5 + 3];
        for (int r = 0; r < n; r += 37) {
            forest.predictProba(data.features(), r * 5, out, 5);
            assertArrayEquals(Arrays.copyOfRange(batch, r * 3, r * 3 + 3), Arrays.copyOfRange(out, 5, 8));
            forest.predictProba(data.features(), r * 5, out, 5, new CostLedger());
            assertArrayEquals(Arrays.copyOfRange(batch, r * 3, r * 3 + 3), Arrays.copyOfRange(out, 5, 8));
        }
        // rows never seen in training, between and beyond the bin edges
        float[] fresh = new float[200 * 5];
        for (int k = 0; k < fresh.length; k++) {
            fresh[k] = (k * 7919 % 1000) / 100f - 5f;
        }
        assertArrayEquals(forest.predictProba(fresh, 200, 1),
                forest.predictProba(forest.binner().transform(fresh, 200, 1), 1));
    }

    @Test
    void ledgerCountsTheComparisonsOnEachPath() {
        float[] row = Arrays.copyOfRange(data.features(), 11 * 5, 12 * 5);
        long passed = 0;
        for (HardTree tree : forest.trees()) {
            int node = 0;
            while (!tree.isLeaf(node)) {
                node = row[tree.feature(node)] <= tree.threshold(node) ? tree.left(node) : tree.right(node);
                passed++;
            }
        }
        CostLedger ledger = new CostLedger();
        forest.predictProba(row, 0, new float[3], 0, ledger);
        Cost cost = ledger.snapshot();
        assertEquals(passed, cost.comparisons());
        assertEquals(0, cost.totalMacs());
        assertEquals((9 + 1) * 3, cost.otherFlops(), "C adds per tree and C divisions");
        assertEquals(passed * 12 + 9 * (4 + 3 * 4), cost.parameterBytesRead());
        assertEquals(passed * 4, cost.activationBytesMoved());
    }

    @Test
    void servesAsACostedClassifier() {
        CostedClassifier classifier = forest;
        assertEquals("random forest (9 trees)", classifier.description());
        assertEquals(5, classifier.numFeatures());
        assertEquals(3, classifier.numClasses());
        float[] withoutLedger = new float[4];
        float[] withNullLedger = new float[4];
        forest.predictProba(data.features(), 3 * 5, withoutLedger, 1);
        classifier.predictProba(data.features(), 3 * 5, withNullLedger, 1, null);
        assertArrayEquals(withoutLedger, withNullLedger);
        assertEquals(0f, withNullLedger[0]);
    }

    @Test
    void staticCostCountsNodesAndWorstCasePaths() {
        long parameters = 0;
        long bytes = 0;
        long deepest = 0;
        for (HardTree tree : forest.trees()) {
            parameters += 2L * tree.innerCount() + 3L * tree.distributionCount();
            bytes += 13L * tree.nodeCount() + 12L * tree.distributionCount();
            deepest += tree.depth();
            assertEquals(tree.innerCount() + 1, tree.leafCount());
        }
        StaticCost cost = forest.staticCost();
        assertEquals(parameters, cost.parameters());
        assertEquals(bytes, cost.parameterBytes());
        assertEquals(deepest, cost.worstCasePerInput().comparisons());
        assertEquals(30, cost.worstCasePerInput().otherFlops());
        assertTrue(forest.nodeCount() == forest.leafCount() * 2 - 9);
    }

    @Test
    void pureLeavesShareTheirDistribution() {
        HardTree tree = forest.tree(0);
        assertTrue(tree.distributionCount() < tree.leafCount(), tree.distributionCount() + " distributions for "
                + tree.leafCount() + " leaves");
    }

    @Test
    void manyClassesStoreOnlyTheDistributionsTheTreesUse() {
        // 1000 declared classes, 3 present: storage follows the leaves, not C squared
        BinnedFeatures binned = forest.binner().transform(data, 1);
        HardForest wide = RandomForest.fit(binned, data.labels(), 1000,
                RandomForest.Options.defaults().withTrees(2).withThreads(1), event -> { });
        for (HardTree tree : wide.trees()) {
            assertTrue(tree.distributionCount() <= tree.leafCount());
        }
        float[] proba = wide.predictProba(Arrays.copyOf(data.features(), 15), 3, 1);
        assertEquals(3000, proba.length);
        double sum = 0;
        for (int c = 0; c < 1000; c++) {
            sum += proba[c];
        }
        assertEquals(1.0, sum, 1e-6);
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        float[] x = data.features().clone();
        x[3 * 5 + 2] = Float.NaN;
        var e = assertThrows(IllegalArgumentException.class, () -> forest.predictProba(x, data.size()));
        assertEquals("value at row 3, column 2 is NaN; impute missing values before predicting", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> forest.predictProba(x, 7));
        assertTrue(e.getMessage().contains("7 rows x 5 features need 35"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> forest.predictProba(x, 15, new float[3], 0));
        assertEquals("value at column 2 is NaN; impute missing values before predicting", e.getMessage());
        FeatureBinner other = FeatureBinner.fit(data, BinningOptions.defaults().withMaxBins(8), 1, 1);
        e = assertThrows(IllegalArgumentException.class, () -> forest.predictProba(other.transform(data, 1), 1));
        assertTrue(e.getMessage().contains("different binner"), e.getMessage());
        int[] badLabels = data.labels().clone();
        badLabels[4] = 3;
        BinnedFeatures binned = forest.binner().transform(data, 1);
        e = assertThrows(IllegalArgumentException.class,
                () -> RandomForest.fit(binned, badLabels, 3, RandomForest.Options.defaults(), event -> { }));
        assertEquals("label 3 at row 4 is outside [0, 3)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RandomForest.fit(binned, data.labels(), 3,
                RandomForest.Options.defaults().withMaxFeatures(MaxFeatures.count(6)), event -> { }));
        assertEquals("maxFeatures count 6 exceeds the 5 features of the data", e.getMessage());
    }
}
