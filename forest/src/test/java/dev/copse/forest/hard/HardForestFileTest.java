package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save → load round trips of small forests trained on the MNIST sample embedded in Copse. */
class HardForestFileTest {

    private static TrainTest data;
    private static HardForest randomForest;
    private static HardForest completelyRandomForest;

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws IOException {
        data = Datasets.load("default", ProgressListener.none());
        randomForest = RandomForest.fit(data.train(),
                RandomForest.Options.defaults().withTrees(4).withThreads(2), ProgressListener.none());
        completelyRandomForest = CompletelyRandomForest.fit(data.train(),
                CompletelyRandomForest.Options.defaults().withTrees(4).withThreads(2).withSeed(7),
                ProgressListener.none());
    }

    /** Same structure, same floats for every test row, same static and realised costs. */
    private static void assertSameForest(HardForest expected, HardForest actual) {
        assertEquals(expected.trees(), actual.trees());
        assertEquals(expected.binner(), actual.binner());
        assertEquals(expected.options(), actual.options());
        assertEquals(expected.description(), actual.description());
        assertEquals(expected.staticCost(), actual.staticCost());
        Dataset test = data.test();
        assertArrayEquals(expected.predictProba(test), actual.predictProba(test));
        assertArrayEquals(expected.predictProba(expected.binner().transform(test, 2), 2),
                actual.predictProba(actual.binner().transform(test, 2), 2));
        int d = test.numFeatures();
        int c = expected.numClasses();
        float[] want = new float[c];
        float[] got = new float[c];
        CostLedger wantCost = new CostLedger();
        CostLedger gotCost = new CostLedger();
        for (int r = 0; r < test.size(); r++) {
            expected.predictProba(test.features(), r * d, want, 0, wantCost);
            actual.predictProba(test.features(), r * d, got, 0, gotCost);
            assertArrayEquals(want, got, "row " + r);
        }
        assertEquals(wantCost.snapshot(), gotCost.snapshot());
    }

    @Test
    void randomForestRoundTripsBitForBit() throws IOException {
        Path file = dir.resolve("rf.copse");
        randomForest.save(file);
        assertSameForest(randomForest, HardForest.load(file));
    }

    @Test
    void completelyRandomForestRoundTripsBitForBit() throws IOException {
        Path file = dir.resolve("crf.copse");
        completelyRandomForest.save(file);
        HardForest loaded = HardForest.load(file);
        assertSameForest(completelyRandomForest, loaded);
        assertEquals("completely-random forest (4 trees)", loaded.description());
    }

    @Test
    void twoForestsShareOneFileUnderTheirPrefixes() throws IOException {
        JsonObject header = JsonObject.builder()
                .put("rf", HardForestArrays.describe(randomForest))
                .put("crf", HardForestArrays.describe(completelyRandomForest))
                .build();
        ModelFileWriter out = new ModelFileWriter("two-forests", header);
        HardForestArrays.write(randomForest, "level0.rf", out);
        HardForestArrays.write(completelyRandomForest, "level0.crf", out);
        assertThrows(IllegalArgumentException.class, () -> HardForestArrays.write(randomForest, "level0.rf", out));
        Path file = dir.resolve("two.copse");
        out.write(file);

        ModelFile read = ModelFile.read(file);
        assertEquals(18, read.arrayNames().size(), () -> "nine arrays per forest: " + read.arrayNames());
        assertEquals(randomForest.nodeCount(), read.shape("level0.rf.child")[0]);
        assertSameForest(randomForest, HardForestArrays.read(read, "level0.rf", read.header().get("rf").asObject()));
        assertSameForest(completelyRandomForest,
                HardForestArrays.read(read, "level0.crf", read.header().get("crf").asObject()));
    }

    @Test
    void nodeOffsetsDelimitTheTrees() throws IOException {
        Path file = dir.resolve("offsets.copse");
        randomForest.save(file);
        ModelFile read = ModelFile.read(file);
        int[] offsets = read.ints("nodeOffsets", randomForest.numTrees() + 1);
        int[] child = read.ints("child", (int) randomForest.nodeCount());
        for (int t = 0; t < randomForest.numTrees(); t++) {
            HardTree tree = randomForest.tree(t);
            assertEquals(tree.nodeCount(), offsets[t + 1] - offsets[t]);
            assertEquals(tree.left(0), child[offsets[t]]);
        }
        assertEquals(Arrays.stream(offsets).max().orElseThrow(), offsets[randomForest.numTrees()]);
    }
}
