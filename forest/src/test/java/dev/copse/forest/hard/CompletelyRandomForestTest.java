package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CompletelyRandomForestTest {

    @Test
    void defaultsFollowGcForest() {
        CompletelyRandomForest.Options options = CompletelyRandomForest.Options.defaults();
        assertEquals(MaxFeatures.count(1), options.maxFeatures());
        assertFalse(options.bootstrap(), "every tree sees the whole training set");
        assertEquals(100, options.trees());
        assertEquals(HardForestOptions.UNLIMITED_DEPTH, options.maxDepth());
    }

    @Test
    void everySplitLiesWithinTheNodesRangeAndLeavesArePure() {
        Dataset data = SyntheticData.blobs(400, 6, 21);
        HardForest forest = CompletelyRandomForest.fit(data,
                CompletelyRandomForest.Options.defaults().withTrees(5).withThreads(2), event -> { });
        BinnedFeatures binned = forest.binner().transform(data, 1);
        for (HardTree tree : forest.trees()) {
            int[] minBin = new int[tree.nodeCount()];
            int[] maxBin = new int[tree.nodeCount()];
            Arrays.fill(minBin, Integer.MAX_VALUE);
            Arrays.fill(maxBin, Integer.MIN_VALUE);
            int[][] classRows = new int[tree.nodeCount()][3];
            for (int r = 0; r < data.size(); r++) {
                int node = 0;
                while (!tree.isLeaf(node)) {
                    int bin = binned.bin(r, tree.feature(node));
                    minBin[node] = Math.min(minBin[node], bin);
                    maxBin[node] = Math.max(maxBin[node], bin);
                    node = bin <= tree.thresholdBin(node) ? tree.left(node) : tree.right(node);
                }
                classRows[node][data.label(r)]++;
            }
            for (int node = 0; node < tree.nodeCount(); node++) {
                if (tree.isLeaf(node)) {
                    long classesPresent = Arrays.stream(classRows[node]).filter(c -> c > 0).count();
                    assertTrue(classesPresent <= 1, "leaf " + node + " is mixed: " + Arrays.toString(classRows[node]));
                } else {
                    int t = tree.thresholdBin(node);
                    assertTrue(minBin[node] <= t && t < maxBin[node], "node " + node + ": threshold bin " + t
                            + " outside [" + minBin[node] + ", " + maxBin[node] + ")");
                }
            }
        }
    }

    @Test
    void sameSeedGivesTheSameForestForAnyThreadCount() {
        Dataset data = SyntheticData.blobs(300, 5, 22);
        CompletelyRandomForest.Options options = CompletelyRandomForest.Options.defaults().withTrees(6);
        HardForest one = CompletelyRandomForest.fit(data, options.withThreads(1), event -> { });
        HardForest two = CompletelyRandomForest.fit(data, options.withThreads(2), event -> { });
        assertEquals(one.trees(), two.trees());
        float[] x = data.features();
        assertArrayEquals(one.predictProba(x, data.size(), 1), two.predictProba(x, data.size(), 3));
    }

    @Test
    void extraTreesKeepTheBestOfSeveralRandomCandidates() {
        Dataset data = SyntheticData.blobs(600, 6, 23);
        CompletelyRandomForest.Options options = CompletelyRandomForest.Options.defaults().withTrees(3)
                .withMaxFeatures(MaxFeatures.count(4)).withMinSamplesLeaf(3).withThreads(1);
        HardForest forest = CompletelyRandomForest.fit(data, options, event -> { });
        for (HardTree tree : forest.trees()) {
            int[] rowsPerNode = new int[tree.nodeCount()];
            for (int r = 0; r < data.size(); r++) {
                rowsPerNode[tree.leafNode(data.features(), r * data.numFeatures())]++;
            }
            for (int node = 0; node < tree.nodeCount(); node++) {
                if (tree.isLeaf(node)) {
                    assertTrue(rowsPerNode[node] >= 3, "leaf " + node + " has " + rowsPerNode[node] + " rows");
                }
            }
        }
    }

    @Test
    void withEveryFeatureAsCandidateTheSeparatingOneWins() {
        // feature 2 is binary and equals the label; features 0, 1, 3 are noise with many values
        int n = 200;
        float[] x = new float[n * 4];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            y[r] = r % 2;
            x[r * 4] = (r * 37) % 101;
            x[r * 4 + 1] = (r * 53) % 97;
            x[r * 4 + 2] = y[r];
            x[r * 4 + 3] = (r * 71) % 89;
        }
        BinnedFeatures binned = FeatureBinner
                .fit(x, n, 4, BinningOptions.defaults(), 1, 1).transform(x, n, 1);
        CompletelyRandomForest.Options options = CompletelyRandomForest.Options.defaults().withTrees(20)
                .withMaxFeatures(MaxFeatures.all()).withThreads(2);
        for (HardTree tree : CompletelyRandomForest.fit(binned, y, 2, options, event -> { }).trees()) {
            assertEquals(2, tree.feature(0), "the only perfect candidate");
            assertEquals(3, tree.nodeCount());
        }
        int elsewhere = 0;
        for (HardTree tree : CompletelyRandomForest.fit(binned, y, 2, options.withMaxFeatures(MaxFeatures.count(1)),
                event -> { }).trees()) {
            elsewhere += tree.feature(0) == 2 ? 0 : 1;
        }
        assertTrue(elsewhere > 5, "one random candidate mostly splits on noise: " + elsewhere + " of 20");
    }
}
