package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class BatchNormTest {

    @Test
    void trainingNormalisesEachChannelAndUpdatesRunningEstimates() {
        // Two samples, two channels of two pixels: channel 0 holds 1, 2, 3, 4; channel 1 holds 10 four times.
        float[] x = {1, 2, 10, 10, 3, 4, 10, 10};
        BatchNorm2d bn = new BatchNorm2d("bn", new TensorShape(2, 1, 2), ParameterSource.initializing(1));
        float[] y = Arrays.copyOf(bn.forward(x, 2, Mode.TRAIN), 8);
        // Channel 0: mean 2.5, biased variance 1.25.
        double inv = 1 / Math.sqrt(1.25 + BatchNorm2d.EPSILON);
        assertEquals(-1.5 * inv, y[0], 1e-6);
        assertEquals(1.5 * inv, y[5], 1e-6);
        assertEquals(0, y[2], 1e-6);
        float[] runningMean = bn.runningStates().get(0).values();
        float[] runningVar = bn.runningStates().get(1).values();
        assertEquals(0.1 * 2.5, runningMean[0], 1e-6);
        assertEquals(0.1 * 10, runningMean[1], 1e-6);
        // Unbiased variance 1.25 * 4 / 3 for the running estimate.
        assertEquals(0.9 + 0.1 * 1.25 * 4 / 3, runningVar[0], 1e-6);
        assertEquals(0.9, runningVar[1], 1e-6);
    }

    @Test
    void inferenceUsesRunningEstimates() {
        BatchNorm2d bn = new BatchNorm2d("bn", new TensorShape(1, 1, 1), ParameterSource.loading(Map.of(
                "bn.weight", new float[] {2}, "bn.bias", new float[] {1},
                "bn.running_mean", new float[] {3}, "bn.running_var", new float[] {4})));
        float[] y = bn.forward(new float[] {5, 1}, 2, Mode.EVAL);
        double sd = Math.sqrt(4 + BatchNorm2d.EPSILON);
        assertEquals(2 * 2 / sd + 1, y[0], 1e-6);
        assertEquals(2 * -2 / sd + 1, y[1], 1e-6);
        assertArrayEquals(new float[] {3}, bn.runningStates().get(0).values());
    }

    @Test
    void gradientsInTrainingMode() {
        SplittableRandom random = new SplittableRandom(7);
        TensorShape shape = new TensorShape(3, 2, 3);
        BatchNorm2d bn = new BatchNorm2d("bn", shape, ParameterSource.initializing(2));
        scramble(bn, random);
        GradientChecks.check(bn, GradientChecks.uniform(4 * shape.size(), 1f, random), 4, Mode.TRAIN, 8);
    }

    @Test
    void gradientsInEvalMode() {
        SplittableRandom random = new SplittableRandom(9);
        TensorShape shape = new TensorShape(2, 3, 3);
        BatchNorm2d bn = new BatchNorm2d("bn", shape, ParameterSource.initializing(2));
        scramble(bn, random);
        bn.runningStates().get(0).values()[1] = 0.5f;
        bn.runningStates().get(1).values()[1] = 2f;
        GradientChecks.check(bn, GradientChecks.uniform(3 * shape.size(), 1f, random), 3, Mode.EVAL, 10);
    }

    @Test
    void oneDimensionalGradients() {
        SplittableRandom random = new SplittableRandom(13);
        BatchNorm1d bn = new BatchNorm1d("bn", 5, ParameterSource.initializing(3));
        bn.parameters().forEach(p -> p.values()[1] = 0.7f);
        GradientChecks.check(bn, GradientChecks.uniform(6 * 5, 1f, random), 6, Mode.TRAIN, 14);
    }

    /** The fused ReLU, with shifts of +-3 and scales of 0.5 keeping every output away from the kink. */
    @Test
    void gradientsWithFusedRelu() {
        SplittableRandom random = new SplittableRandom(15);
        TensorShape shape = new TensorShape(4, 3, 3);
        for (Mode mode : Mode.values()) {
            BatchNorm2d bn = BatchNorm2d.withRelu("bn", shape, ParameterSource.initializing(2));
            Arrays.fill(bn.parameters().get(0).values(), 0.5f);
            float[] shift = bn.parameters().get(1).values();
            for (int c = 0; c < shift.length; c++) {
                shift[c] = c % 2 == 0 ? 3f : -3f;
            }
            float[] x = GradientChecks.uniform(3 * shape.size(), 1f, random);
            float[] y = bn.forward(x, 3, mode);
            assertEquals(0f, y[shape.plane()], "channel 1 is switched off");
            GradientChecks.check(bn, x, 3, mode, 16);
        }
    }

    @Test
    void trainingNeedsMoreThanOneValuePerChannel() {
        BatchNorm1d bn = new BatchNorm1d("bn", 2, ParameterSource.initializing(3));
        assertThrows(IllegalArgumentException.class, () -> bn.forward(new float[2], 1, Mode.TRAIN));
        bn.forward(new float[2], 1, Mode.EVAL);
    }

    private static void scramble(Layer layer, SplittableRandom random) {
        for (Parameter p : layer.parameters()) {
            for (int i = 0; i < p.size(); i++) {
                p.values()[i] += (float) (random.nextDouble() - 0.5);
            }
        }
    }
}
