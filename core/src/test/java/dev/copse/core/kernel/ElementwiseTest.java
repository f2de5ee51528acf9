package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.core.parallel.WorkerPool;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Elementwise} by hand on small inputs, and the vector kernels against the portable ones bit for bit
 * on lengths around the vector width, at odd offsets.
 */
class ElementwiseTest {

    private static final int[] LENGTHS = {0, 1, 7, 15, 16, 17, 31, 33, 100, 784};
    private final KernelSupport fast = VectorKernels.create(new WorkerPool(1, "elementwise-test"));
    private final KernelSupport portable = new PortableKernels();

    @Test
    void handComputedValues() {
        float[] x = {-2f, -0.5f, 0f, 1f, 3f};
        float[] y = new float[5];
        Elementwise.affine(5, 2f, x, 0, 1f, y, 0);
        assertArrayEquals(new float[] {-3f, 0f, 1f, 3f, 7f}, y);
        Elementwise.affineRelu(5, 2f, x, 0, -1f, y, 0);
        assertArrayEquals(new float[] {0f, 0f, 0f, 1f, 5f}, y);
        float[] dy = {10f, 20f, 30f, 40f, 50f};
        float[] g = new float[5];
        Elementwise.reluBackward(5, dy, 0, y, 0, g, 0);
        assertArrayEquals(new float[] {0f, 0f, 0f, 40f, 50f}, g);
        float[] out = new float[5];
        Elementwise.combine(5, 0.5f, dy, 0, -1f, x, 0, 3f, out, 0);
        assertArrayEquals(new float[] {10f, 13.5f, 18f, 22f, 25f}, out);
    }

    @Test
    void inPlaceIsAllowed() {
        float[] x = {1f, -1f, 2f};
        Elementwise.affineRelu(3, 1f, x, 0, 0.5f, x, 0);
        assertArrayEquals(new float[] {1.5f, 0f, 2.5f}, x);
    }

    @Test
    void vectorGivesThePortableBits() {
        Random random = new Random(4);
        for (int n : LENGTHS) {
            float[] x = random(random, n + 3);
            float[] dy = random(random, n + 1);
            float[] a = new float[n + 2];
            float[] b = new float[n + 2];
            fast.affine(n, 1.3f, x, 3, -0.2f, a, 2);
            portable.affine(n, 1.3f, x, 3, -0.2f, b, 2);
            assertArrayEquals(b, a, "affine " + n);
            fast.affineRelu(n, -0.7f, x, 3, 0.1f, a, 2);
            portable.affineRelu(n, -0.7f, x, 3, 0.1f, b, 2);
            assertArrayEquals(b, a, "affineRelu " + n);
            float[] mask = a.clone();
            fast.reluBackward(n, dy, 1, mask, 2, a, 1);
            portable.reluBackward(n, dy, 1, mask, 2, b, 1);
            assertArrayEquals(b, a, "reluBackward " + n);
            fast.combine(n, 0.9f, dy, 1, -1.1f, x, 3, 0.25f, a, 0);
            portable.combine(n, 0.9f, dy, 1, -1.1f, x, 3, 0.25f, b, 0);
            assertArrayEquals(b, a, "combine " + n);
        }
    }

    @Test
    void reluBackwardBlocksNaNOutputs() {
        float[] y = new float[20];
        java.util.Arrays.fill(y, Float.NaN);
        y[3] = 1f;
        float[] dy = new float[20];
        java.util.Arrays.fill(dy, 2f);
        float[] g = new float[20];
        fast.reluBackward(20, dy, 0, y, 0, g, 0);
        assertEquals(2f, g[3]);
        assertEquals(2f, java.util.stream.IntStream.range(0, 20).mapToDouble(i -> g[i]).sum());
    }

    @Test
    void badRangesAreRejected() {
        float[] x = new float[10];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Elementwise.affine(8, 1f, x, 4, 0f, new float[8], 0));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Elementwise.affine"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Elementwise.affine(8, 1f, x, 0, 0f, x, 1));
    }
}
