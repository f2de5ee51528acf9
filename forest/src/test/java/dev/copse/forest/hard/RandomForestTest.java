package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomForestTest {

    /** One tree on all rows, every feature examined: the plain CART tree. */
    private static final RandomForest.Options ONE_FULL_TREE = RandomForest.Options.defaults().withTrees(1)
            .withBootstrap(false).withMaxFeatures(MaxFeatures.all()).withThreads(1);

    @Test
    void choosesTheKnownBestSplit() {
        // feature 0 separates the classes between 4 and 5; feature 1 cannot separate them
        float[] x = {1, 5, 2, 1, 3, 4, 4, 2, 5, 8, 6, 3, 7, 7, 8, 6};
        int[] y = {0, 0, 0, 0, 1, 1, 1, 1};
        BinnedFeatures binned = FeatureBinner.fit(x, 8, 2, BinningOptions.defaults(), 1, 1).transform(x, 8, 1);
        HardTree tree = RandomForest.fit(binned, y, 2, ONE_FULL_TREE, event -> { }).tree(0);
        assertEquals(3, tree.nodeCount());
        assertEquals(1, tree.depth());
        assertEquals(0, tree.feature(0));
        assertEquals(3, tree.thresholdBin(0), "values 1..4 are bins 0..3");
        assertEquals(4.5f, tree.threshold(0), "the edge between 4 and 5");
        assertArrayEquals(new float[] {1, 0}, tree.leafDistribution(tree.left(0)));
        assertArrayEquals(new float[] {0, 1}, tree.leafDistribution(tree.right(0)));
    }

    @Test
    void splitsAtTheMidpointBetweenTheOccupiedBins() {
        // the binner sees values 1, 2, 3, 4 (bins 0..3); the tree trains only on the rows with 1 and 4
        float[] x = {1, 2, 3, 4, 1, 4};
        BinnedFeatures all = FeatureBinner.fit(x, 6, 1, BinningOptions.defaults(), 1, 1).transform(x, 6, 1);
        BinnedFeatures ends = all.subset(new int[] {0, 3, 4, 5});
        HardTree tree = RandomForest.fit(ends, new int[] {0, 1, 0, 1}, 2, ONE_FULL_TREE, event -> { }).tree(0);
        assertEquals(1, tree.thresholdBin(0), "floor((0 + 3) / 2)");
        assertEquals(2.5f, tree.threshold(0));
    }

    @Test
    void sameSeedGivesTheSameForestForAnyThreadCount() {
        Dataset data = SyntheticData.blobs(400, 6, 3);
        RandomForest.Options options = RandomForest.Options.defaults().withTrees(7).withSeed(42);
        HardForest one = RandomForest.fit(data, options.withThreads(1), event -> { });
        HardForest two = RandomForest.fit(data, options.withThreads(2), event -> { });
        HardForest three = RandomForest.fit(data, options.withThreads(3), event -> { });
        assertEquals(one.trees(), two.trees());
        assertEquals(one.trees(), three.trees());
        HardForest other = RandomForest.fit(data, options.withSeed(43), event -> { });
        assertNotEquals(one.trees(), other.trees());
        assertNotEquals(one.tree(0), one.tree(1), "trees differ from each other");
    }

    @Test
    void fitOnADatasetBinsWithTheForestSeedAndReportsEveryTree() {
        Dataset data = SyntheticData.blobs(300, 4, 5);
        RandomForest.Options options = RandomForest.Options.defaults().withTrees(5).withThreads(2)
                .withBinning(BinningOptions.defaults().withSampleRows(100));
        List<ProgressEvent> events = new ArrayList<>();
        HardForest forest = RandomForest.fit(data, options, events::add);
        FeatureBinner binner = FeatureBinner.fit(data, options.binning(), options.seed(), 1);
        assertEquals(binner, forest.binner());
        HardForest lower = RandomForest.fit(binner.transform(data, 1), data.labels(), 3, options, event -> { });
        assertEquals(lower.trees(), forest.trees());
        List<ProgressEvent> trees = events.stream().filter(e -> e.task().equals("random forest")).toList();
        assertEquals(5, trees.size());
        for (int i = 0; i < trees.size(); i++) {
            assertEquals(i + 1, trees.get(i).done());
            assertEquals(5, trees.get(i).total());
        }
    }

    @Test
    void fullyGrownTreesFitTheirTrainingRows() {
        Dataset data = SyntheticData.blobs(300, 5, 8);
        HardForest forest = RandomForest.fit(data, ONE_FULL_TREE, event -> { });
        assertArrayEquals(data.labels(), forest.predict(data), "pure leaves reproduce every training label");
    }

    @Test
    void respectsMaxDepthAndMinSamplesLeaf() {
        Dataset data = SyntheticData.blobs(500, 5, 9);
        HardForest shallow = RandomForest.fit(data, ONE_FULL_TREE.withTrees(3).withMaxDepth(3), event -> { });
        for (HardTree tree : shallow.trees()) {
            assertTrue(tree.depth() <= 3, tree.toString());
        }
        HardForest coarse = RandomForest.fit(data, ONE_FULL_TREE.withMinSamplesLeaf(12), event -> { });
        int[] rowsPerLeaf = new int[coarse.tree(0).nodeCount()];
        for (int r = 0; r < data.size(); r++) {
            rowsPerLeaf[coarse.tree(0).leafNode(data.features(), r * data.numFeatures())]++;
        }
        for (int node = 0; node < rowsPerLeaf.length; node++) {
            if (coarse.tree(0).isLeaf(node)) {
                assertTrue(rowsPerLeaf[node] >= 12, "leaf " + node + " has " + rowsPerLeaf[node] + " rows");
            }
        }
    }
}
