package dev.copse.cnn.quant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UniformQuantizerTest {

    @Test
    void thirtyTwoBitsIsTheIdentity() {
        float[] x = {-3.25f, 0f, 1e-30f, Float.MAX_VALUE, 7.123456f};
        float[] out = new float[x.length];
        UniformQuantizer.quantize(x, 0, x.length, -5f, 8f, 32, out, 0);
        assertArrayEquals(x, out);
        assertEquals(0, UniformQuantizer.step(-5f, 8f, 32));
    }

    @Test
    void roundTripErrorIsAtMostHalfAStepForEveryBitwidth() {
        SplittableRandom random = new SplittableRandom(1);
        float[] x = new float[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 5 - 1.5);
        }
        float lo = -1.5f;
        float hi = 3.5f;
        for (int bits = 1; bits <= 31; bits++) {
            float[] out = new float[x.length];
            UniformQuantizer.quantize(x, 0, x.length, lo, hi, bits, out, 0);
            double half = UniformQuantizer.step(lo, hi, bits) / 2;
            for (int i = 0; i < x.length; i++) {
                // One float rounding of the result on top of half a step.
                double bound = half + Math.ulp(Math.abs(x[i]) + 4f);
                assertTrue(Math.abs(out[i] - x[i]) <= bound, bits + " bits: " + x[i] + " -> " + out[i]);
            }
        }
    }

    @Test
    void twoBitsHaveFourLevelsIncludingAnExactZero() {
        // Range [-1, 2]: step 1, zero point 1, levels -1, 0, 1, 2.
        float[] x = {-1.2f, -0.6f, -0.4f, 0f, 0.5f, 1.5f, 2.4f, 9f};
        float[] out = new float[x.length];
        UniformQuantizer.quantize(x, 0, x.length, -1f, 2f, 2, out, 0);
        // Halves round to even: 0.5 -> 0, 1.5 -> 2; outside values clip to the ends.
        assertArrayEquals(new float[] {-1, -1, 0, 0, 0, 2, 2, 2}, out);
        Set<Float> levels = new HashSet<>();
        for (float v : out) {
            levels.add(v);
        }
        assertTrue(levels.size() <= 4);
    }

    @Test
    void rangeIsWidenedToIncludeZero() {
        float[] x = {2f, 3f, 4f};
        float[] out = new float[3];
        // [2, 4] widens to [0, 4]; 2 bits give the levels 0, 4/3, 8/3, 4.
        UniformQuantizer.quantize(x, 0, 3, 2f, 4f, 2, out, 0);
        assertArrayEquals(new float[] {8f / 3, 8f / 3, 4f}, out, 1e-6f);
    }

    @Test
    void rejectsBadArguments() {
        float[] x = new float[1];
        assertThrows(IllegalArgumentException.class, () -> UniformQuantizer.quantize(x, 0, 1, 0, 1, 0, x, 0));
        assertThrows(IllegalArgumentException.class, () -> UniformQuantizer.quantize(x, 0, 1, 0, 1, 33, x, 0));
        assertThrows(IllegalArgumentException.class, () -> UniformQuantizer.quantize(x, 0, 1, 1, 0, 8, x, 0));
        assertThrows(IllegalArgumentException.class,
                () -> UniformQuantizer.quantize(x, 0, 1, Float.NaN, 1, 8, x, 0));
    }
}
