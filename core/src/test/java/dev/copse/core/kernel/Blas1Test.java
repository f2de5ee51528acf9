package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Blas1} on the selected implementation. */
class Blas1Test {

    @Test
    void handComputedValues() {
        assertEquals(6.0, Blas1.sum(3, new float[] {1, 2, 3}, 0));
        // Accumulation in double keeps the 1 that a float running sum would lose next to 1e8.
        assertEquals(1.0, Blas1.sum(3, new float[] {1e8f, 1f, -1e8f}, 0));
        assertEquals(32.0, Blas1.dot(3, new float[] {1, 2, 3}, 0, new float[] {4, 5, 6}, 0));
        assertEquals(0.0, Blas1.sum(0, new float[0], 0));
        float[] y = {1, 1, 9};
        Blas1.axpy(2, 2f, new float[] {2, 3}, 0, y, 0);
        assertArrayEquals(new float[] {5, 7, 9}, y);
        Blas1.axpy(3, 1f, y, 0, y, 0);
        assertArrayEquals(new float[] {10, 14, 18}, y);
        assertEquals(7f, Blas1.max(4, new float[] {3, 7, -2, 5}, 0));
    }

    @Test
    void longInputsMeetTheDocumentedBound() {
        Random random = new Random(12);
        int n = 100_003;
        float[] x = random(random, n);
        float[] y = random(random, n);
        double sum = 0;
        double dot = 0;
        double absSum = 0;
        double absDot = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
            dot += (double) x[i] * y[i];
            absSum += Math.abs(x[i]);
            absDot += Math.abs((double) x[i] * y[i]);
        }
        // At most 64 terms in any float partial sum (vector), or none at all (portable): 64 u sum|terms|.
        assertEquals(sum, Blas1.sum(n, x, 0), 64 * GemmReference.U * absSum);
        assertEquals(dot, Blas1.dot(n, x, 0, y, 0), 64 * GemmReference.U * absDot);
    }

    @Test
    void maxFollowsMathMaxRulesInEveryPosition() {
        for (int n : new int[] {1, 5, 16, 40, 1000}) {
            for (int at : new int[] {0, n / 2, n - 1}) {
                float[] x = random(new Random(n + at), n);
                x[at] = 3f;
                assertEquals(3f, Blas1.max(n, x, 0), "n=" + n + " max at " + at);
                x[at] = Float.NaN;
                assertTrue(Float.isNaN(Blas1.max(n, x, 0)), "NaN at " + at + " of " + n);
            }
        }
        assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(Blas1.max(2, new float[] {-0f, 0f}, 0)));
        float[] negatives = new float[37];
        java.util.Arrays.fill(negatives, -5f);
        negatives[36] = -4f;
        assertEquals(-4f, Blas1.max(37, negatives, 0));
    }

    @Test
    void badArgumentsAreRejected() {
        float[] x = new float[8];
        assertThrows(IllegalArgumentException.class, () -> Blas1.max(0, x, 0));
        assertThrows(IllegalArgumentException.class, () -> Blas1.sum(9, x, 0));
        assertThrows(IllegalArgumentException.class, () -> Blas1.dot(4, x, 0, x, 5));
        assertThrows(IllegalArgumentException.class, () -> Blas1.axpy(4, 1f, x, 0, x, 2));
        assertThrows(IllegalArgumentException.class, () -> Blas1.sum(-1, x, 0));
    }
}
