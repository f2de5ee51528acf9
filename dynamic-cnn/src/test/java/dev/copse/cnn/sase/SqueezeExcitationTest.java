package dev.copse.cnn.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.testing.GradientChecks;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SqueezeExcitationTest {

    @Test
    void gradients() {
        TensorShape shape = new TensorShape(8, 4, 4);
        SqueezeExcitation se = new SqueezeExcitation("se", shape, 2, ParameterSource.initializing(1));
        // fc1's biases at +-3 by unit keep its ReLU away from the kink (see GradientChecks).
        for (Parameter p : se.parameters()) {
            if (p.name().equals("se.fc1.bias")) {
                for (int c = 0; c < p.size(); c++) {
                    p.values()[c] = c % 2 == 0 ? 3f : -3f;
                }
            }
        }
        float[] x = GradientChecks.uniform(3 * shape.size(), 1f, new SplittableRandom(2));
        GradientChecks.check(se, x, 3, Mode.TRAIN, 3);
    }

    @Test
    void scalesEachChannelByTheSigmoidOfItsExcitation() {
        // With fc2's weights at zero, channel c is scaled by sigmoid(b2_c) whatever the input.
        TensorShape shape = new TensorShape(2, 3, 3);
        SqueezeExcitation se = new SqueezeExcitation("se", shape, 1, ParameterSource.initializing(4));
        for (Parameter p : se.parameters()) {
            if (p.name().equals("se.fc2.weight")) {
                Arrays.fill(p.values(), 0f);
            } else if (p.name().equals("se.fc2.bias")) {
                p.values()[0] = 2f;
                p.values()[1] = -1f;
            }
        }
        float[] x = GradientChecks.uniform(shape.size(), 1f, new SplittableRandom(5));
        float[] y = se.forward(x, 1, Mode.EVAL);
        for (int i = 0; i < shape.size(); i++) {
            double s = 1 / (1 + Math.exp(i < 9 ? -2 : 1));
            assertEquals(x[i] * s, y[i], 1e-6);
        }
    }

    @Test
    void parameterAndMacCountsMatchHandComputation() {
        // C = 8, r = 4: fc1 8 -> 2 (16 weights + 2 biases), fc2 2 -> 8 (16 weights + 8 biases): 42 parameters;
        // MACs 16 + 16 = 32 (the channel scaling, 8 x 4 x 4 = 128 multiplications, counts as other FLOPs).
        SqueezeExcitation se = new SqueezeExcitation("se", new TensorShape(8, 4, 4), 4,
                ParameterSource.initializing(6));
        assertEquals(42, se.parameters().stream().mapToInt(Parameter::size).sum());
        CostLedger ledger = new CostLedger();
        se.recordCost(ledger);
        assertEquals(32, ledger.totalMacs());
        assertEquals(4L * 42, ledger.snapshot().parameterBytesRead());
    }
}
