package dev.copse.cnn.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cnn.block.DenseBlock;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.testing.GradientChecks;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenseNetTest {

    @Test
    void structureFollowsGrowthAndCompression() {
        DenseNetSpec spec = DenseNetSpec.builder().growthRate(4).layersPerBlock(2, 3).compression(0.5).build();
        DenseNet net = spec.initialize(1);
        // Stem 8 channels; block 1: 8 + 2 x 4 = 16; transition to 8 at 14x14; block 2: 8 + 3 x 4 = 20 at 14x14.
        DenseBlock first = (DenseBlock) net.layers().layers().get(1);
        assertEquals(new TensorShape(16, 28, 28), first.outputShape());
        DenseBlock second = (DenseBlock) net.layers().layers().get(3);
        assertEquals(new TensorShape(8, 14, 14), second.inputShape());
        assertEquals(new TensorShape(20, 14, 14), second.outputShape());
        float[] logits = net.forward(new float[2 * 784], 2, Mode.EVAL);
        assertEquals(0f, logits[0] - logits[10], 1e-6f);
        assertEquals(spec, Architecture.fromJson("densenet", spec.toJson()));
        assertThrows(IllegalArgumentException.class, () -> DenseNetSpec.builder().compression(0).build());
        assertThrows(IllegalArgumentException.class,
                () -> DenseNetSpec.builder().inputShape(1, 4, 4).layersPerBlock(1, 1, 1, 1).build());
    }

    /**
     * Gradient check of a dense block in training mode, with the batch norms' shifts at +-3 and scales at 0.5
     * so that no ReLU input lies near its kink (see {@link GradientChecks} for the method).
     */
    @Test
    void denseBlockGradients() {
        TensorShape input = new TensorShape(2, 4, 4);
        DenseBlock block = new DenseBlock("d", input, 2, 3, ParameterSource.initializing(3));
        for (Parameter p : block.parameters()) {
            if (p.name().contains(".bn.weight")) {
                Arrays.fill(p.values(), 0.5f);
            } else if (p.name().contains(".bn.bias")) {
                for (int c = 0; c < p.size(); c++) {
                    p.values()[c] = c % 2 == 0 ? 3f : -3f;
                }
            }
        }
        SplittableRandom random = new SplittableRandom(4);
        GradientChecks.check(block, GradientChecks.uniform(3 * input.size(), 1f, random), 3, Mode.TRAIN, 5);
    }
}
