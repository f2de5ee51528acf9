package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-tree forest written array by array as {@link HardForestArrays} documents it, then damaged one array
 * at a time. The model file's checksum covers whatever was written, so each bad file passes the format's
 * own checks and only the forest's validation can catch it.
 */
class HardForestArraysValidationTest {

    @TempDir
    Path dir;

    /**
     * Tree 0: {@code x0 <= 1.5} goes to leaf {1, 0}; else {@code x1 <= 2.5} goes to leaf {0.25, 0.75}, else
     * to the shared leaf {1, 0}. Tree 1 is a single leaf {0.5, 0.5}. Binner edges: x0 {0.5, 1.5}, x1 {2.5}.
     */
    private static final class TinyFile {
        String modelType = HardForest.MODEL_TYPE;
        int[] nodeOffsets = {0, 5, 6};
        int[] feature = {0, -1, 1, -1, -1, -1};
        float[] threshold = {1.5f, 0, 2.5f, 0, 0, 0};
        int[] child = {1, ~0, 3, ~1, ~0, ~0};
        int[] depth = {2, 0};
        int[] leafOffsets = {0, 2, 3};
        float[] leafValues = {1, 0, 0.25f, 0.75f, 0.5f, 0.5f};
        int[] edgeOffsets = {0, 2, 3};
        float[] edges = {0.5f, 1.5f, 2.5f};
        RandomForest.Options options = RandomForest.Options.defaults().withTrees(2).withThreads(1);
        long numClasses = 2;

        /** Replaces tree 0 with {@code nodes} nodes; tree 1 stays the single leaf after them. */
        void tree0(int[] features, float[] thresholds, int[] children) {
            int n = features.length;
            nodeOffsets = new int[] {0, n, n + 1};
            feature = Arrays.copyOf(features, n + 1);
            feature[n] = -1;
            threshold = Arrays.copyOf(thresholds, n + 1);
            child = Arrays.copyOf(children, n + 1);
            child[n] = ~0;
        }

        Path write(Path file) throws IOException {
            JsonObject description = JsonObject.builder()
                    .put("options", HardForestOptionsJson.toJson(options))
                    .put("numClasses", numClasses)
                    .put("numFeatures", 2)
                    .build();
            new ModelFileWriter(modelType, description)
                    .put("nodeOffsets", nodeOffsets, nodeOffsets.length)
                    .put("feature", feature, feature.length)
                    .put("threshold", threshold, threshold.length)
                    .put("child", child, child.length)
                    .put("depth", depth, depth.length)
                    .put("leafOffsets", leafOffsets, leafOffsets.length)
                    .put("leafValues", leafValues, leafValues.length / 2, 2)
                    .put("edgeOffsets", edgeOffsets, edgeOffsets.length)
                    .put("edges", edges, edges.length)
                    .write(file);
            return file;
        }
    }

    private String problem(TinyFile tiny) throws IOException {
        Path file = tiny.write(dir.resolve("bad.copse"));
        ModelFileException e = assertThrows(ModelFileException.class, () -> HardForest.load(file));
        assertEquals(file.toString(), e.file());
        return e.problem();
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "expected '" + expected + "' in: " + actual);
    }

    @Test
    void handWrittenFileLoadsAndPredictsTheHandComputedMean() throws IOException {
        HardForest forest = HardForest.load(new TinyFile().write(dir.resolve("tiny.copse")));
        assertEquals(2, forest.numTrees());
        assertEquals(1, forest.tree(0).thresholdBin(0));
        assertEquals(0, forest.tree(0).thresholdBin(2));
        assertEquals(2, forest.tree(0).depth());
        float[] out = new float[2];
        CostLedger ledger = new CostLedger();
        forest.predictProba(new float[] {2f, 2f}, 0, out, 0, ledger);
        assertArrayEquals(new float[] {0.375f, 0.625f}, out);
        assertEquals(2, ledger.snapshot().comparisons());
        forest.predictProba(new float[] {1f, 9f}, 0, out, 0);
        assertArrayEquals(new float[] {0.75f, 0.25f}, out);
        forest.predictProba(new float[] {2f, 3f}, 0, out, 0);
        assertArrayEquals(new float[] {0.75f, 0.25f}, out);
        assertEquals("random forest (2 trees)", forest.description());
    }

    @Test
    void childPointingBackwardsIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.child[2] = 2;
        assertEquals("forest: tree 0, node 2 has children 2 and 3, but children must come after their parent and"
                + " inside the tree's 5 nodes", problem(tiny));
    }

    @Test
    void childInAnotherTreeIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.child[2] = 5;
        assertContains("tree 0, node 2 has children 5 and 6, but children must come after their parent and inside"
                + " the tree's 5 nodes", problem(tiny));
    }

    @Test
    void largestChildIndexDoesNotOverflow() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.child[0] = Integer.MAX_VALUE;
        assertContains("has children 2147483647 and 2147483648", problem(tiny));
    }

    @Test
    void nodeWithTwoParentsIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.tree0(new int[] {0, 1, 1, -1, -1}, new float[] {1.5f, 2.5f, 2.5f, 0, 0}, new int[] {1, 3, 3, ~0, ~1});
        assertContains("tree 0, node 2 has children 3 and 4, which already have a parent", problem(tiny));
    }

    @Test
    void nodeWithoutParentIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.tree0(new int[] {0, -1, -1, -1, -1}, new float[] {1.5f, 0, 0, 0, 0}, new int[] {1, ~0, ~1, ~0, ~1});
        assertContains("tree 0, node 3 is the child of no node", problem(tiny));
    }

    @Test
    void featureOutOfRangeIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.feature[2] = 2;
        assertContains("tree 0, node 2 tests feature 2, outside [0, 2)", problem(tiny));
        tiny.feature[2] = -1;
        assertContains("tree 0, node 2 tests feature -1, outside [0, 2)", problem(tiny));
    }

    @Test
    void thresholdThatIsNoBinEdgeIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.threshold[0] = 1f;
        assertContains("tree 0, node 0 has threshold 1.0, which is not a bin edge of feature 0", problem(tiny));
        tiny.threshold[0] = 2.5f;
        assertContains("has threshold 2.5, which is not a bin edge of feature 0", problem(tiny));
    }

    @Test
    void leafDistributionOfAnotherTreeIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.child[4] = ~2;
        assertContains("tree 0, node 4 is a leaf with distribution 2, but the tree has 2 distributions",
                problem(tiny));
    }

    @Test
    void leafWithASplitIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.feature[1] = 0;
        assertContains("tree 0, node 1 is a leaf but has feature 0 and threshold 0.0", problem(tiny));
    }

    @Test
    void wrongDepthIsRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.depth[0] = 3;
        assertContains("tree 0 has depth 2, but the file says 3", problem(tiny));
        tiny = new TinyFile();
        tiny.options = tiny.options.withMaxDepth(1);
        assertContains("tree 0 has depth 2, but its options allow at most 1", problem(tiny));
    }

    @Test
    void offsetsThatDoNotGrowAreRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.nodeOffsets = new int[] {0, 6, 6};
        assertContains("array 'nodeOffsets' goes from 6 to 6 at entry 1; it must grow by at least 1",
                problem(tiny));
        tiny = new TinyFile();
        tiny.leafOffsets = new int[] {1, 2, 3};
        assertContains("array 'leafOffsets' starts at 1, not 0", problem(tiny));
        tiny = new TinyFile();
        tiny.edgeOffsets = new int[] {0, 3, 2};
        assertContains("array 'edgeOffsets' goes from 3 to 2 at entry 1; it must grow by at least 0",
                problem(tiny));
    }

    @Test
    void nodeArraysShorterThanTheOffsetsSayAreRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.nodeOffsets = new int[] {0, 5, 7};
        assertContains("array 'feature' has shape [6], expected [7]", problem(tiny));
    }

    @Test
    void leafDistributionsMustBeProbabilities() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.leafValues[2] = -0.25f;
        tiny.leafValues[3] = 1.25f;
        assertContains("tree 0, leaf distribution 1 holds -0.25; probabilities must be in [0, 1]", problem(tiny));
        tiny = new TinyFile();
        tiny.leafValues[3] = 0.5f;
        assertContains("tree 0, leaf distribution 1 sums to 0.75, not 1", problem(tiny));
        tiny = new TinyFile();
        tiny.leafValues[4] = Float.NaN;
        assertContains("array 'leafValues' holds NaN at index 4", problem(tiny));
    }

    @Test
    void edgesMustIncrease() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.edges = new float[] {1.5f, 0.5f, 2.5f};
        assertContains("forest: bin edges: edge 1 of feature 0 is 0.5; edges must be finite and strictly increasing",
                problem(tiny));
    }

    @Test
    void descriptionIsChecked() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.numClasses = 0;
        assertContains("description needs 'numClasses' as a whole number in [1, 65536], got 0", problem(tiny));
        tiny = new TinyFile();
        tiny.options = tiny.options.withTrees(3);
        assertContains("array 'nodeOffsets' has shape [3], expected [4]", problem(tiny));
        tiny = new TinyFile();
        tiny.options = tiny.options.withMaxFeatures(MaxFeatures.count(3));
        assertContains("options: maxFeatures count 3 exceeds the 2 features of the data", problem(tiny));
    }

    @Test
    void otherModelTypesAndTruncatedFilesAreRejected() throws IOException {
        TinyFile tiny = new TinyFile();
        tiny.modelType = "soft-forest";
        assertContains("holds a soft-forest model, not a hard-forest", problem(tiny));
        Path file = new TinyFile().write(dir.resolve("truncated.copse"));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 4));
        ModelFileException e = assertThrows(ModelFileException.class, () -> HardForest.load(file));
        assertContains("truncated", e.getMessage());
    }
}
