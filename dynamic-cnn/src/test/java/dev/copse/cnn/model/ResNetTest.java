package dev.copse.cnn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.core.json.JsonObject;
import dev.copse.efficiency.cost.Bitwidths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ResNetTest {

    @Test
    void resNet8HasTheHandCountedStructureParametersAndMacs() {
        ResNetSpec spec = ResNetSpec.builder().build();
        assertEquals(8, spec.depth());
        ResNet net = spec.initialize(1);
        assertEquals(3, net.blocks().size());
        assertFalse(net.blocks().get(0).hasProjection());
        assertTrue(net.blocks().get(1).hasProjection());
        assertEquals(new TensorShape(64, 7, 7), net.blocks().get(2).outputShape());
        long parameters = net.parameters().stream().mapToLong(Parameter::size).sum();
        // stem 144 + 32; stage 1: 2 x 2304 + 2 x 32; stage 2: 4608 + 9216 + 512 + 3 x 64;
        // stage 3: 18432 + 36864 + 2048 + 3 x 128; classifier 640 + 10.
        assertEquals(176 + 4672 + 14528 + 57728 + 650, parameters);
        ResNetModel model = ResNetModel.of(net, names(10), JsonObject.empty());
        // 28x28x16x9 (stem) + 2 x 784x16x144 + 196x32x(144 + 288 + 16) + 49x64x(288 + 576 + 32) + 640.
        long macs = 112_896L + 3_612_672L + 196L * 32 * 448 + 49L * 64 * 896 + 640;
        assertEquals(macs, model.staticCost().worstCasePerInput().macs(Bitwidths.FP32));
        assertEquals(parameters, model.staticCost().parameters());
    }

    @Test
    void cifarShapedResNet20RunsForwardAndBackward() {
        ResNet net = ResNetSpec.builder().inputShape(3, 32, 32).depth(20).build().initialize(2);
        assertEquals(9, net.blocks().size());
        assertEquals(new TensorShape(64, 8, 8), net.blocks().getLast().outputShape());
        float[] images = new float[2 * 3 * 32 * 32];
        Arrays.fill(images, 0.5f);
        images[5] = 1f;
        float[] logits = net.forward(images, 2, Mode.TRAIN);
        for (int i = 0; i < 20; i++) {
            assertTrue(Float.isFinite(logits[i]));
        }
        float[] grad = new float[20];
        grad[3] = 1f;
        net.parameters().forEach(Parameter::zeroGradients);
        net.backward(grad);
        assertTrue(net.parameters().getFirst().gradients()[0] != 0f, "gradient reaches the stem");
    }

    @Test
    void specRoundTripsThroughJsonAndValidates() {
        ResNetSpec spec = ResNetSpec.builder().inputShape(3, 32, 32).depth(20).widths(16, 32, 64).classes(100)
                .build();
        assertEquals(3, spec.blocksPerStage());
        assertEquals(spec, Architecture.fromJson("resnet", spec.toJson()));
        assertThrows(IllegalArgumentException.class, () -> ResNetSpec.builder().depth(9));
        assertThrows(IllegalArgumentException.class, () -> ResNetSpec.builder().widths().build());
        assertThrows(IllegalArgumentException.class, () -> ResNetSpec.builder().classes(1).build());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ResNetSpec.fromJson(JsonObject.empty()));
        assertTrue(missing.getMessage().contains("input_shape"));
    }

    @Test
    void sameSeedGivesSameWeightsAndNamesAreUnique() {
        ResNet a = ResNetSpec.builder().build().initialize(7);
        ResNet b = ResNetSpec.builder().build().initialize(7);
        ResNet c = ResNetSpec.builder().build().initialize(8);
        for (int i = 0; i < a.parameters().size(); i++) {
            assertEquals(Arrays.toString(a.parameters().get(i).values()),
                    Arrays.toString(b.parameters().get(i).values()));
        }
        assertFalse(Arrays.equals(a.parameters().get(0).values(), c.parameters().get(0).values()));
        assertEquals(a.parameters().size(), a.parameters().stream().map(Parameter::name).distinct().count());
    }

    static List<String> names(int classes) {
        return IntStream.range(0, classes).mapToObj(Integer::toString).toList();
    }
}
