package dev.copse.cnn.sase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.model.BlockVariant;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExcitedResNetTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = BlockVariant.class, names = {"SE", "SASE"})
    void savedAndLoadedModelPredictsBitIdentically(BlockVariant variant) throws Exception {
        ResNetSpec spec = ResNetSpec.builder().widths(4, 8, 8).inputShape(1, 12, 12).classes(3).blockVariant(variant)
                .build();
        ResNet net = spec.initialize(5);
        perturb(net);
        ResNetModel model = ResNetModel.of(net, List.of("a", "b", "c"), JsonObject.empty());
        Path file = folder.resolve(variant + ".copse");
        model.save(file);
        ResNetModel loaded = ResNetModel.load(file);
        assertEquals(spec, loaded.architecture());
        Dataset data = images(16, 12, 3);
        assertArrayEquals(model.probabilities(data), loaded.probabilities(data));
        // The excitation matters: the same arrays without it predict differently.
        ResNetModel plain = ResNetModel.of(withoutExcitation(net), List.of("a", "b", "c"), JsonObject.empty());
        assertFalse(Arrays.equals(model.probabilities(data), plain.probabilities(data)));
    }

    @Test
    void variantRoundTripsThroughJsonAndOldFilesArePlain() {
        ResNetSpec spec = ResNetSpec.builder().blockVariant(BlockVariant.SASE).build();
        assertEquals(spec, ResNetSpec.fromJson(spec.toJson()));
        JsonObject.Builder old = JsonObject.builder();
        spec.toJson().members().forEach((name, value) -> {
            if (!name.equals("block_variant")) {
                old.put(name, value);
            }
        });
        assertEquals(BlockVariant.PLAIN, ResNetSpec.fromJson(old.build()).blockVariant());
    }

    /** Every parameter and running estimate moved off its initial value, so saving them is really tested. */
    private static void perturb(ResNet net) {
        SplittableRandom random = new SplittableRandom(11);
        for (Parameter p : net.parameters()) {
            float[] v = p.values();
            for (int i = 0; i < v.length; i++) {
                v[i] += (float) (0.2 * (random.nextDouble() - 0.5));
            }
        }
        for (RunningState s : net.runningStates()) {
            float[] v = s.values();
            for (int i = 0; i < v.length; i++) {
                v[i] = s.name().endsWith("running_var") ? (float) (0.5 + random.nextDouble())
                        : (float) (random.nextDouble() - 0.5);
            }
        }
    }

    /** A plain ResNet holding the same arrays as {@code net} for every layer they share. */
    private static ResNet withoutExcitation(ResNet net) {
        ResNetSpec spec = net.architecture();
        ResNet plain = new ResNetSpec(spec.inputShape(), spec.classes(), spec.blocksPerStage(), spec.widths())
                .initialize(0);
        for (Parameter target : plain.parameters()) {
            Parameter source = net.parameters().stream().filter(p -> p.name().equals(target.name())).findFirst()
                    .orElseThrow();
            System.arraycopy(source.values(), 0, target.values(), 0, target.size());
        }
        for (RunningState target : plain.runningStates()) {
            RunningState source = net.runningStates().stream().filter(s -> s.name().equals(target.name()))
                    .findFirst().orElseThrow();
            System.arraycopy(source.values(), 0, target.values(), 0, target.values().length);
        }
        return plain;
    }

    private static Dataset images(int rows, int side, int classes) {
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
        List<String> names = List.of("a", "b", "c");
        return Dataset.of(x, y, names, Dataset.pixelFeatureNames(shape), shape,
                new Provenance("synthetic test images", "0".repeat(64)));
    }
}
