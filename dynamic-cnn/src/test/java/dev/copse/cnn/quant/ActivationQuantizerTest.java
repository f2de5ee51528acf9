package dev.copse.cnn.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActivationQuantizerTest {

    @Test
    void runningRangeIsAnExponentialAverageOfBatchRanges() {
        float[] state = new float[ActivationQuantizer.STATE_SIZE];
        ActivationQuantizer quantizer = new ActivationQuantizer(state, 0.1f);
        float[] out = new float[2];
        quantizer.quantize(new float[] {-1f, 3f}, 2, 8, true, out);
        assertArrayEquals(new float[] {-1f, 3f}, quantizer.runningRange());
        quantizer.quantize(new float[] {-2f, 5f}, 2, 8, true, out);
        assertArrayEquals(new float[] {-1.1f, 3.2f}, quantizer.runningRange(), 1e-6f);
        assertEquals(2f, state[2]);
    }

    @Test
    void inferenceUsesTheRunningRangeAndLeavesItAlone() {
        float[] state = {0f, 1f, 5f};
        ActivationQuantizer quantizer = new ActivationQuantizer(state, 0.1f);
        float[] out = new float[3];
        // Range [0, 1] at 1 bit: levels 0 and 1; 7 is clipped to 1.
        quantizer.quantize(new float[] {0.2f, 0.8f, 7f}, 3, 1, false, out);
        assertArrayEquals(new float[] {0f, 1f, 1f}, out);
        assertArrayEquals(new float[] {0f, 1f, 5f}, state);
    }

    @Test
    void straightThroughGradientPassesInsideTheRangeAndStopsOutside() {
        float[] x = {-0.5f, 0.3f, 0.9f, 1.5f};
        float[] grad = {1f, 2f, 3f, 4f};
        ActivationQuantizer eval = new ActivationQuantizer(new float[] {-0.2f, 1f, 1f}, 0.1f);
        eval.quantize(x, 4, 4, false, new float[4]);
        eval.backward(x, grad, 4);
        assertArrayEquals(new float[] {0f, 2f, 3f, 0f}, grad);

        float[] trainGrad = {1f, 2f, 3f, 4f};
        ActivationQuantizer train = new ActivationQuantizer(new float[3], 0.1f);
        train.quantize(x, 4, 4, true, new float[4]);
        train.backward(x, trainGrad, 4);
        assertArrayEquals(new float[] {1f, 2f, 3f, 4f}, trainGrad);
    }

    @Test
    void unestimatedRangeAndFullPrecisionAreRejected() {
        ActivationQuantizer quantizer = new ActivationQuantizer(new float[3], 0.1f);
        assertThrows(IllegalStateException.class, () -> quantizer.quantize(new float[1], 1, 8, false, new float[1]));
        assertThrows(IllegalArgumentException.class, () -> quantizer.quantize(new float[1], 1, 32, true, new float[1]));
        assertThrows(IllegalArgumentException.class, () -> new ActivationQuantizer(new float[2], 0.1f));
    }
}
