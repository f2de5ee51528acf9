package dev.copse.forest.soft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A soft forest trained on raw MNIST-subset rows (with its learned input scaling) survives save and load
 * bit for bit, in every inference mode, with the same realised costs.
 */
class SoftForestFileTest {

    private static Dataset train;
    private static Dataset test;
    private static SoftForest forest;

    @BeforeAll
    static void trainSmallForest() throws IOException {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        train = data.train().subset(range(1500));
        test = data.test().subset(range(200));
        Options options = Options.defaults().withTrees(3).withMaxDepth(4).withEpochs(2).withThreads(2)
                .withLeafThreshold(0.5f);
        forest = SoftForest.fit(train, options, ProgressListener.none());
    }

    private static int[] range(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    @Test
    void saveAndLoadGiveBitIdenticalPredictionsAndCostsInEveryMode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("forest.copse");
        SoftForestFile.save(forest, JsonObject.builder().put("seed", 1).build(), file);
        SoftForest loaded = SoftForestFile.load(file);

        float[] x = test.features();
        int n = test.size();
        assertArrayEquals(forest.predictSoft(x, n).probabilities(), loaded.predictSoft(x, n).probabilities());
        assertArrayEquals(forest.predictHard(x, n).probabilities(), loaded.predictHard(x, n).probabilities());
        assertArrayEquals(forest.predictPrunedSoft(x, n).probabilities(),
                loaded.predictPrunedSoft(x, n).probabilities());
        for (InferenceMode mode : InferenceMode.values()) {
            assertEquals(cost(SoftForestClassifier.of(forest, mode)), cost(SoftForestClassifier.of(loaded, mode)),
                    mode.label());
            assertEquals(SoftForestClassifier.of(forest, mode).staticCost(),
                    SoftForestClassifier.of(loaded, mode).staticCost());
        }
    }

    private static Cost cost(SoftForestClassifier classifier) {
        CostLedger ledger = new CostLedger();
        float[] out = new float[classifier.numClasses()];
        for (int i = 0; i < test.size(); i++) {
            classifier.predictProba(test.features(), i * test.numFeatures(), out, 0, ledger);
        }
        return ledger.snapshot();
    }

    /** Hard mode on a tree kept whole walks depth inner nodes: depth x d MACs for splits, C for the leaf. */
    @Test
    void hardModeOnFullTreesCostsDepthTimesFeaturesPerTree() {
        Options options = Options.defaults().withTrees(2).withMaxDepth(3).withEpochs(1).withThreads(1)
                .withLeafThreshold(1f);
        SoftForest full = SoftForest.fit(train, options, ProgressListener.none());
        CostLedger ledger = new CostLedger();
        SoftForestClassifier.of(full, InferenceMode.HARD)
                .predictProba(test.features(), 0, new float[10], 0, ledger);
        int d = train.numFeatures();
        // 2 trees x (3 splits x 784 + 10 class values of the leaf reached).
        assertEquals(2L * (3 * d + 10), ledger.totalMacs());
        assertEquals(2L * 3, ledger.snapshot().comparisons());
    }

    @Test
    void aTreeWhoseChildrenPointBackwardsIsRefusedOnLoad(@TempDir Path dir) {
        Path file = dir.resolve("bad.copse");
        int d = 2;
        JsonObject header = JsonObject.builder().put("combination", "SUMMED_LOGITS").put("trees", 1)
                .put("features", d).put("classes", 2).put("scaled", false)
                .put("provenance", JsonObject.empty())
                .put("shapes", new JsonArray(List.of(JsonObject.builder()
                        .put("maxDepth", 1).put("innerNodes", 1).put("nodes", 3).build())))
                .build();
        ModelFileException e = assertThrows(ModelFileException.class, () -> {
            new ModelFileWriter(SoftForestFile.MODEL_TYPE, header)
                    .put("tree.0.nodeIds", new int[] {0, 1, 2}, 3)
                    .put("tree.0.leafness", new float[] {0.1f, 1f, 1f}, 3)
                    .put("tree.0.logits", new float[6], 3, 2)
                    .put("tree.0.weights", new float[] {1f, 0f}, 1, d)
                    .put("tree.0.bias", new float[] {0f}, 1)
                    .put("tree.0.left", new int[] {0}, 1)
                    .put("tree.0.right", new int[] {2}, 1)
                    .write(file);
            SoftForestFile.load(file);
        });
        assertTrue(e.getMessage().startsWith(file + ": is not a valid soft forest: "), e.getMessage());
    }
}
