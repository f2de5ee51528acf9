package dev.copse.cascade.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.cascade.connect.InputAssembly;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.HardForestMember;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved file holds everything the model computes with: replaying every forest from the file's arrays
 * alone gives the model's probabilities bit for bit. (Loading into a {@link CascadeModel} needs a factory for
 * hard forests that {@code forest.hard} does not offer yet.)
 */
class CascadeModelFileTest {

    private static Dataset test;
    private static CascadeModel model;
    private static ModelFile file;

    @BeforeAll
    static void growAndSave(@TempDir Path dir) throws IOException {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        test = data.test();
        model = CascadeForest.fit(data.train().stratifiedSample(1200, 5),
                CascadePresets.gcforest(3, 2).withMaxLevels(2).withPatience(2), ProgressListener.none()).model();
        Path path = dir.resolve("cascade.copse");
        model.save(path);
        file = ModelFile.read(path);
    }

    @Test
    void theHeaderDescribesClassesLevelsSourcesAndMembers() {
        JsonObject header = file.header();
        assertEquals(CascadeModelWriter.MODEL_TYPE, file.modelType());
        assertEquals(10, header.get("classes").asArray().size());
        assertEquals(784, header.get("features").asNumber().longValueExact());
        assertEquals("previous", header.get("connectivity").asString());
        assertEquals(model.trainingData().sha256(), header.get("training_data").asObject().get("sha256").asString());
        assertEquals(true, header.get("scanner").isNull());
        List<JsonValue> levels = header.get("levels").asArray().items();
        assertEquals(model.levels().size(), levels.size());
        for (int t = 0; t < levels.size(); t++) {
            JsonObject level = levels.get(t).asObject();
            assertEquals(model.levels().get(t).inputWidth(), level.get("input_width").asNumber().longValueExact());
            assertEquals(t == 0 ? "[-1]" : "[-1," + (t - 1) + "]", level.get("sources").toString());
            JsonObject member = level.get("members").asArray().get(0).asObject();
            assertEquals(HardForestMember.KIND, member.get("kind").asString());
            assertEquals(3, member.get("trees").asNumber().longValueExact());
        }
    }

    @Test
    void theBinEdgesAreTheBinners() throws IOException {
        HardForestMember member = (HardForestMember) model.levels().get(0).members().get(0);
        FeatureBinner binner = member.forest().binner();
        float[] edges = file.floats("level.0.member.0.bin_edges", file.shape("level.0.member.0.bin_edges"));
        int[] counts = file.ints("level.0.member.0.bin_edge_counts", 784);
        int at = 0;
        for (int f = 0; f < 784; f++) {
            assertArrayEquals(binner.edges(f), Arrays.copyOfRange(edges, at, at + counts[f]), "feature " + f);
            at += counts[f];
        }
    }

    @Test
    void replayingTheSavedForestsGivesTheModelsProbabilitiesBitForBit() throws IOException {
        int classes = model.numClasses();
        float[] expected = model.predictProba(test);
        for (int r = 0; r < 40; r++) {
            float[] base = Arrays.copyOfRange(test.features(), r * 784, (r + 1) * 784);
            List<float[]> vectors = new ArrayList<>();
            int[] widths = model.levels().stream().mapToInt(CascadeLevel::vectorWidth).toArray();
            float[] last = null;
            for (int t = 0; t < model.levels().size(); t++) {
                CascadeLevel level = model.levels().get(t);
                float[] input = new float[level.inputWidth()];
                InputAssembly.assembleRow(level.sources(), base, 0, 784, vectors, widths, input);
                float[] v = new float[level.vectorWidth()];
                for (int m = 0; m < level.members().size(); m++) {
                    float[] p = replay("level." + t + ".member." + m + ".", input, classes);
                    FittedMember member = level.members().get(m);
                    float[] direct = member.predictProba(input, 1);
                    assertArrayEquals(direct, p, "level " + t + " member " + m + " row " + r);
                    System.arraycopy(p, 0, v, m * classes, classes);
                }
                vectors.add(v);
                last = v;
            }
            float[] mean = new float[classes];
            int members = last.length / classes;
            for (int c = 0; c < classes; c++) {
                float sum = 0;
                for (int m = 0; m < members; m++) {
                    sum += last[m * classes + c];
                }
                mean[c] = sum / members;
            }
            assertArrayEquals(Arrays.copyOfRange(expected, r * classes, (r + 1) * classes), mean, "row " + r);
        }
    }

    /** One forest's probabilities for one row, from the file's arrays only (layout of HardForestMember). */
    private static float[] replay(String prefix, float[] row, int classes) throws IOException {
        int trees = file.shape(prefix + "tree_nodes")[0];
        int[] treeNodes = file.ints(prefix + "tree_nodes", trees);
        int[] treeSlots = file.ints(prefix + "tree_slots", trees);
        int nodes = Arrays.stream(treeNodes).sum();
        int slots = Arrays.stream(treeSlots).sum();
        int[] feature = file.ints(prefix + "feature", nodes);
        float[] threshold = file.floats(prefix + "threshold", nodes);
        int[] child = file.ints(prefix + "child", nodes);
        float[] leaves = file.floats(prefix + "leaf_values", slots, classes);
        float[] out = new float[classes];
        int nodeBase = 0;
        int slotBase = 0;
        for (int t = 0; t < trees; t++) {
            int node = 0;
            while (child[nodeBase + node] >= 0) {
                int c = child[nodeBase + node];
                node = row[feature[nodeBase + node]] <= threshold[nodeBase + node] ? c : c + 1;
            }
            int slot = ~child[nodeBase + node];
            for (int c = 0; c < classes; c++) {
                out[c] += leaves[(slotBase + slot) * classes + c];
            }
            nodeBase += treeNodes[t];
            slotBase += treeSlots[t];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= trees;
        }
        return out;
    }
}
