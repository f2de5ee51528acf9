package dev.copse.cascade.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.member.HardForestMember;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonParser;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CascadeModelFileTest {

    private static Dataset test;
    private static CascadeModel model;
    private static Path path;

    @BeforeAll
    static void growAndSave(@TempDir Path dir) throws IOException {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        test = data.test();
        model = CascadeForest.fit(data.train().stratifiedSample(1200, 5),
                CascadePresets.gcforest(3, 2).withMaxLevels(2).withPatience(2), ProgressListener.none()).model();
        path = dir.resolve("cascade.copse");
        model.save(path);
    }

    @Test
    void saveThenLoadGivesIdenticalPredictionsAndCosts() throws IOException {
        CascadeModel loaded = CascadeModel.load(path);

        assertArrayEquals(model.predictProba(test), loaded.predictProba(test));
        assertEquals(model.levels().size(), loaded.levels().size());
        assertEquals(model.staticCost(), loaded.staticCost());
        assertEquals(model.description(), loaded.description());
        assertEquals(model.classNames(), loaded.classNames());
        assertEquals(model.trainingData(), loaded.trainingData());
        float[] a = new float[10];
        float[] b = new float[10];
        CostLedger original = new CostLedger();
        CostLedger reloaded = new CostLedger();
        for (int r = 0; r < 20; r++) {
            model.predictProba(test.features(), r * 784, a, 0, original);
            loaded.predictProba(test.features(), r * 784, b, 0, reloaded);
            assertArrayEquals(a, b);
        }
        assertEquals(original.snapshot(), reloaded.snapshot());
    }

    @Test
    void theHeaderDescribesClassesLevelsSourcesAndMembers() throws IOException {
        ModelFile file = ModelFile.read(path);
        JsonObject header = file.header();
        assertEquals(CascadeModelWriter.MODEL_TYPE, file.modelType());
        assertEquals(10, header.get("classes").asArray().size());
        assertEquals(784, header.get("features").asNumber().longValueExact());
        assertEquals("previous", header.get("connectivity").asString());
        assertEquals(model.trainingData().sha256(), header.get("training_data").asObject().get("sha256").asString());
        assertTrue(header.get("scanner").isNull());
        List<JsonValue> levels = header.get("levels").asArray().items();
        assertEquals(model.levels().size(), levels.size());
        for (int t = 0; t < levels.size(); t++) {
            JsonObject level = levels.get(t).asObject();
            assertEquals(model.levels().get(t).inputWidth(), level.get("input_width").asNumber().longValueExact());
            assertEquals(t == 0 ? "[-1]" : "[-1," + (t - 1) + "]", level.get("sources").toString());
            JsonObject member = level.get("members").asArray().get(0).asObject();
            assertEquals(HardForestMember.KIND, member.get("kind").asString());
            assertEquals(3, member.get("forest").asObject().get("options").asObject().get("trees").asNumber()
                    .longValueExact());
            assertTrue(file.arrayNames().contains("level." + t + ".member.3.leafValues"));
        }
    }

    @Test
    void anUnknownMemberKindIsAClearError(@TempDir Path dir) throws IOException {
        String renamed = CascadeModelWriter.header(model).toString()
                .replace("\"kind\":\"hard-forest\"", "\"kind\":\"mystery\"");
        Path bad = dir.resolve("bad.copse");
        new ModelFileWriter(CascadeModelWriter.MODEL_TYPE, JsonParser.withDefaults().parse(renamed).asObject())
                .write(bad);

        var e = assertThrows(ModelFileException.class, () -> CascadeModel.load(bad));
        assertTrue(e.getMessage().contains("'mystery'") && e.getMessage().contains("hard-forest"), e.getMessage());
    }

    @Test
    void aMissingHeaderFieldIsNamed(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("no-levels.copse");
        new ModelFileWriter(CascadeModelWriter.MODEL_TYPE, JsonObject.builder()
                .put("classes", header("classes")).put("features", 784).put("connectivity", "previous")
                .put("training_data", header("training_data")).put("scanner", header("scanner")).build())
                .write(bad);

        var e = assertThrows(ModelFileException.class, () -> CascadeModel.load(bad));
        assertEquals(bad + ": header field 'levels' is missing", e.getMessage());
    }

    @Test
    void anotherModelTypeIsRejected(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("forest.copse");
        ((HardForestMember) model.levels().get(0).members().get(0)).forest().save(other);
        var e = assertThrows(ModelFileException.class, () -> CascadeModel.load(other));
        assertTrue(e.getMessage().contains("not a cascade-forest"), e.getMessage());
    }

    private static JsonValue header(String field) {
        return CascadeModelWriter.header(model).get(field);
    }
}
