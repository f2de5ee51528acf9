package dev.copse.cnn.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class WeightQuantizerTest {

    @Test
    void quantizesPerTensorWithTheWeightsOwnRange() {
        WeightQuantizer quantizer = new WeightQuantizer();
        float[] w = {-1f, -0.4f, 0.1f, 2f};
        // Range [-1, 2] at 2 bits: levels -1, 0, 1, 2.
        assertArrayEquals(new float[] {-1f, 0f, 0f, 2f}, quantizer.quantize(w, 2));
        assertSame(w, quantizer.quantize(w, 32));
    }

    @Test
    void cachedCopyIsReusedUntilTheVersionChanges() {
        WeightQuantizer quantizer = new WeightQuantizer();
        float[] w = {-1f, 0.6f, 2f};
        float[] first = quantizer.cached(w, 2, 0);
        w[1] = -0.6f;
        // Same version: the stale copy is returned, as promised to callers that never change weights.
        assertArrayEquals(new float[] {-1f, 1f, 2f}, quantizer.cached(w, 2, 0));
        float[] second = quantizer.cached(w, 2, 1);
        assertSame(first, second);
        assertArrayEquals(new float[] {-1f, -1f, 2f}, second);
        assertNotSame(quantizer.cached(w, 3, 1), second);
    }
}
