package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Softmax} on the selected implementation against double-precision references. */
class SoftmaxTest {

    /**
     * Per-entry tolerance against the double softmax: the exponential is within 1 ulp, {@code x - max}
     * is rounded to float in the vector path (relative error up to {@code |x - max| u} in the result),
     * and normalising adds about {@code 64 u}; 1e-5 relative covers spreads up to ~100 with margin.
     */
    private static final double RELATIVE = 1e-5;

    private static double[] reference(float[] x, int offset, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < cols; j++) {
            max = Math.max(max, x[offset + j]);
        }
        double sum = 0;
        double[] p = new double[cols];
        for (int j = 0; j < cols; j++) {
            p[j] = Math.exp(x[offset + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < cols; j++) {
            p[j] /= sum;
        }
        return p;
    }

    @Test
    void rowsSumToOneAndMatchTheDoubleReference() {
        Random random = new Random(4);
        for (int cols : new int[] {1, 2, 15, 16, 33, 257, 2000}) {
            int rows = 4;
            float[] x = random(random, rows * cols + 3);
            for (int i = 0; i < x.length; i++) {
                x[i] *= 20f;
            }
            float[] out = new float[rows * cols + 1];
            Softmax.rows(rows, cols, x, 3, out, 1);
            for (int r = 0; r < rows; r++) {
                double[] expected = reference(x, 3 + r * cols, cols);
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    float p = out[1 + r * cols + j];
                    sum += p;
                    assertEquals(expected[j], p, RELATIVE * expected[j] + 1e-30, "cols " + cols + " row " + r);
                }
                assertEquals(1.0, sum, RELATIVE, "row sum, cols " + cols);
            }
        }
    }

    @Test
    void hugeValuesDoNotOverflow() {
        float[] x = {1e4f, 1e4f - 1f, 0f, -1e4f, 1e4f - 2f};
        float[] out = new float[x.length];
        Softmax.rows(1, x.length, x, 0, out, 0);
        // exp(0), exp(-1), exp(-2) over their sum; the other two are exp(-1e4) and exp(-2e4): zero in float.
        double z = 1 + Math.exp(-1) + Math.exp(-2);
        assertEquals(1 / z, out[0], 1e-6);
        assertEquals(Math.exp(-1) / z, out[1], 1e-6);
        assertEquals(0f, out[2]);
        assertEquals(0f, out[3]);
        assertEquals(Math.exp(-2) / z, out[4], 1e-6);

        float[] lse = new float[1];
        Softmax.logSumExpRows(1, 2, new float[] {1e4f, 1e4f}, 0, lse, 0);
        // 1e4 + ln 2 = 10000.6931...; float spacing near 1e4 is 2^-10, so within one spacing.
        assertEquals(1e4 + Math.log(2), lse[0], 0x1p-10);
    }

    @Test
    void logSumExpMatchesHandValuesAndReference() {
        float[] out = new float[2];
        // log(e^0 + e^(ln 3)) = log 4; log(e^-1 + e^-1) = -1 + ln 2.
        Softmax.logSumExpRows(2, 2, new float[] {0f, (float) Math.log(3), -1f, -1f}, 0, out, 0);
        assertEquals(Math.log(4), out[0], 1e-6);
        assertEquals(-1 + Math.log(2), out[1], 1e-6);

        Random random = new Random(8);
        int cols = 1001;
        float[] x = random(random, cols);
        double max = Double.NEGATIVE_INFINITY;
        for (float v : x) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : x) {
            sum += Math.exp(v - max);
        }
        Softmax.logSumExpRows(1, cols, x, 0, out, 0);
        assertEquals(max + Math.log(sum), out[0], 1e-5);
    }

    @Test
    void specialValuesFollowTheContract() {
        float inf = Float.POSITIVE_INFINITY;
        float[] x = {Float.NEGATIVE_INFINITY, 0f, 0f, -inf, -inf, -inf, 1f, Float.NaN, 2f};
        float[] out = new float[9];
        Softmax.rows(3, 3, x, 0, out, 0);
        assertArrayEquals(new float[] {0f, 0.5f, 0.5f}, java.util.Arrays.copyOfRange(out, 0, 3), 1e-7f);
        for (int i = 3; i < 9; i++) {
            assertTrue(Float.isNaN(out[i]), "entry " + i + " should be NaN, was " + out[i]);
        }
        float[] lse = new float[3];
        Softmax.logSumExpRows(3, 3, x, 0, lse, 0);
        assertEquals((float) Math.log(2), lse[0], 1e-7f);
        assertEquals(Float.NEGATIVE_INFINITY, lse[1]);
        assertTrue(Float.isNaN(lse[2]));
    }

    @Test
    void inPlaceGivesTheSameResult() {
        float[] x = random(new Random(6), 3 * 40);
        float[] copy = new float[x.length];
        Softmax.rows(3, 40, x, 0, copy, 0);
        Softmax.rows(3, 40, x, 0, x, 0);
        assertArrayEquals(copy, x);
    }

    @Test
    void badArgumentsAreRejected() {
        float[] x = new float[10];
        assertThrows(IllegalArgumentException.class, () -> Softmax.rows(1, 0, x, 0, x, 0));
        assertThrows(IllegalArgumentException.class, () -> Softmax.rows(2, 5, x, 1, new float[10], 0));
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                () -> Softmax.rows(1, 5, x, 0, x, 2));
        assertTrue(overlap.getMessage().contains("overlaps"), overlap.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Softmax.logSumExpRows(3, 3, x, 0, new float[2], 0));
    }
}
