package dev.copse.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Sigmoid} on the selected implementation. */
class SigmoidTest {

    @Test
    void handValuesAndExtremes() {
        float[] x = {0f, (float) Math.log(3), -(float) Math.log(3), 100f, -100f, -200f,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        float[] out = new float[x.length];
        Sigmoid.apply(x.length, x, 0, out, 0);
        assertEquals(0.5f, out[0]);
        assertEquals(0.75f, out[1], 1e-7f);
        assertEquals(0.25f, out[2], 1e-7f);
        assertEquals(1f, out[3]);
        // sigmoid(-100) = e^-100 / (1 + e^-100) ~ 3.72e-44, a subnormal float: not flushed to 0, not NaN.
        assertTrue(out[4] > 0f, "sigmoid(-100) = " + out[4]);
        assertEquals(Math.exp(-100), out[4], Math.ulp(out[4]) * 2);
        assertEquals(0f, out[5]);
        assertEquals(1f, out[6]);
        assertEquals(0f, out[7]);
        assertTrue(Float.isNaN(out[8]));
    }

    @Test
    void matchesDoublePrecisionAcrossTheRangeInPlace() {
        float[] x = new float[1001];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 500) * 0.047f;
        }
        float[] original = x.clone();
        Sigmoid.apply(x.length, x, 0, x, 0);
        for (int i = 0; i < x.length; i++) {
            double expected = 1 / (1 + Math.exp(-(double) original[i]));
            // exp within 1 ulp, then an add and a divide: a few ulps of the result.
            assertEquals(expected, x[i], 4 * Math.ulp((float) expected), "x = " + original[i]);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        float[] x = new float[8];
        assertThrows(IllegalArgumentException.class, () -> Sigmoid.apply(-1, x, 0, x, 0));
        assertThrows(IllegalArgumentException.class, () -> Sigmoid.apply(8, x, 1, new float[8], 0));
        assertThrows(IllegalArgumentException.class, () -> Sigmoid.apply(4, x, 0, x, 1));
        assertThrows(NullPointerException.class, () -> Sigmoid.apply(4, null, 0, x, 0));
    }
}
