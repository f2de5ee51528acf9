package dev.copse.cnn.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.layer.RunningState;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @TempDir
    Path folder;

    @Test
    void resNetSavedAndLoadedPredictsBitIdentically() throws Exception {
        ResNet net = ResNetSpec.builder().widths(4, 8, 8).inputShape(1, 12, 12).classes(3).build().initialize(5);
        scrambleRunningStates(net);
        ResNetModel model = ResNetModel.of(net, List.of("a", "b", "c"), JsonObject.builder().put("seed", 5).build());
        Path file = folder.resolve("resnet.copse");
        model.save(file);
        ResNetModel loaded = ResNetModel.load(file);
        Dataset data = images(20, 12, 3);
        assertArrayEquals(model.probabilities(data), loaded.probabilities(data));
        assertEquals(model.architecture(), loaded.architecture());
        assertEquals(List.of("a", "b", "c"), loaded.classNames());
        assertEquals(5, loaded.training().get("seed").asNumber().longValueExact());
        assertInstanceOf(ResNetModel.class, CnnModel.load(file));
        ModelFileException wrongType = assertThrows(ModelFileException.class, () -> DenseNetModel.load(file));
        assertTrue(wrongType.getMessage().contains("resnet"));
    }

    @Test
    void denseNetSavedAndLoadedPredictsBitIdentically() throws Exception {
        DenseNet net = DenseNetSpec.builder().growthRate(3).layersPerBlock(2, 2).inputShape(1, 12, 12).classes(3)
                .build().initialize(6);
        scrambleRunningStates(net);
        DenseNetModel model = DenseNetModel.of(net, List.of("a", "b", "c"), JsonObject.empty());
        Path file = folder.resolve("densenet.copse");
        model.save(file);
        CnnModel loaded = CnnModel.load(file);
        Dataset data = images(10, 12, 3);
        assertArrayEquals(model.probabilities(data), loaded.probabilities(data));
        assertArrayEquals(model.predict(data), loaded.predict(data));
    }

    @Test
    void rejectsDataOfAnotherShape() {
        ResNetModel model = ResNetModel.of(ResNetSpec.builder().inputShape(1, 12, 12).classes(3).build().initialize(1),
                List.of("a", "b", "c"), JsonObject.empty());
        assertThrows(IllegalArgumentException.class, () -> model.predict(images(2, 10, 3)));
    }

    /** Running statistics away from their initial 0 and 1, so that saving them is really tested. */
    static void scrambleRunningStates(Network net) {
        SplittableRandom random = new SplittableRandom(9);
        for (RunningState s : net.runningStates()) {
            float[] v = s.values();
            for (int i = 0; i < v.length; i++) {
                v[i] = s.name().endsWith("running_var") ? (float) (0.5 + random.nextDouble())
                        : (float) (random.nextDouble() - 0.5);
            }
        }
    }

    static Dataset images(int rows, int side, int classes) {
        SplittableRandom random = new SplittableRandom(rows);
        float[] x = new float[rows * side * side];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % classes;
        }
        ImageShape shape = new ImageShape(1, side, side);
        return Dataset.of(x, y, ResNetTest.names(classes), Dataset.pixelFeatureNames(shape), shape,
                new Provenance("synthetic test images", "0".repeat(64)));
    }
}
