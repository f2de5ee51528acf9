package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.parallel.WorkerPool;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernels against the portable ones, called directly (whatever {@link Kernels} selected),
 * plus the property only the multi-threaded GEMM has: the same bits for any thread count.
 */
class VectorKernelsTest {

    private static final WorkerPool TWO_THREADS = new WorkerPool(2, "vector-kernels-test");
    private final KernelSupport fast = VectorKernels.create(TWO_THREADS);
    private final KernelSupport portable = new PortableKernels();

    @Test
    void gemmAgreesWithPortableWithinTheFloatBound() {
        int[][] shapes = {{1, 1, 1}, {7, 5, 13}, {700, 16, 144}, {60, 130, 300}, {9, 1100, 40}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (int t = 0; t < 4; t++) {
                boolean transA = (t & 1) != 0;
                boolean transB = (t & 2) != 0;
                Random random = new Random(m * 1000L + n + t);
                float[] a = random(random, m * k);
                float[] b = random(random, k * n);
                float[] c0 = random(random, m * n);
                float[] viaFast = c0.clone();
                float[] viaPortable = c0.clone();
                int lda = transA ? m : k;
                int ldb = transB ? k : n;
                fast.sgemm(transA, transB, m, n, k, 1.5f, a, 0, lda, b, 0, ldb, -0.5f, viaFast, 0, n);
                portable.sgemm(transA, transB, m, n, k, 1.5f, a, 0, lda, b, 0, ldb, -0.5f, viaPortable, 0, n);
                GemmReference.Product exact = GemmReference.product(transA, transB, m, n, k, a, 0, lda, b, 0, ldb);
                // Each is within the bound of the exact result (see GemmReference), so within twice it of the other.
                double gamma = 2 * (k + 4) * GemmReference.U;
                for (int i = 0; i < m * n; i++) {
                    double scale = 1.5 * exact.magnitude()[i] + 0.5 * Math.abs(c0[i]);
                    assertTrue(Math.abs(viaFast[i] - viaPortable[i]) <= gamma * scale + Float.MIN_NORMAL,
                            m + "x" + n + "x" + k + " t=" + t + " at " + i + ": " + viaFast[i] + " vs "
                                    + viaPortable[i]);
                }
            }
        }
    }

    @Test
    void gemmGivesTheSameBitsForAnyThreadCount() {
        // Large enough to be split across threads (m * n * k above the parallel threshold) in both a square-ish
        // and a tall-skinny shape.
        int[][] shapes = {{100, 200, 220}, {2001, 16, 144}};
        for (int[] s : shapes) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            Random random = new Random(5);
            float[] a = random(random, m * k);
            float[] b = random(random, k * n);
            assertTrue((long) m * n * k >= VectorGemm.PARALLEL_MIN_WORK, "shape too small to be split");
            float[] one = new float[m * n];
            new VectorGemm(new WorkerPool(1, "one")).sgemm(false, true, m, n, k, 1f, a, 0, k, b, 0, k, 0f, one, 0, n);
            for (int threads : new int[] {2, 3}) {
                float[] many = new float[m * n];
                new VectorGemm(new WorkerPool(threads, "many")).sgemm(false, true, m, n, k, 1f, a, 0, k, b, 0, k,
                        0f, many, 0, n);
                assertArrayEquals(one, many, m + "x" + n + "x" + k + " with " + threads + " threads");
            }
        }
    }

    @Test
    void gridCutsWideOutputsByColumnsAndTallOnesByRows() {
        // 1024 x 1024 on 4 blocks: 2 x 2 keeps each block's share of A and B smallest.
        assertArrayEquals(new int[] {2, 2}, VectorGemm.grid(1024, 1024, 128, 22, 4));
        // A single column panel: only rows can be split.
        assertArrayEquals(new int[] {4, 1}, VectorGemm.grid(25088, 16, 3136, 1, 4));
        // Few rows, many columns: split the columns.
        assertArrayEquals(new int[] {1, 4}, VectorGemm.grid(8, 4096, 1, 86, 4));
    }

    @Test
    void softmaxAndLogSumExpAgreeWithPortable() {
        Random random = new Random(11);
        for (int cols : new int[] {1, 3, 16, 17, 100, 1500}) {
            int rows = 3;
            float[] x = random(random, rows * cols);
            for (int i = 0; i < x.length; i++) {
                x[i] *= 30f;
            }
            float[] viaFast = new float[x.length];
            float[] viaPortable = new float[x.length];
            fast.softmaxRows(rows, cols, x, 0, viaFast, 0);
            portable.softmaxRows(rows, cols, x, 0, viaPortable, 0);
            for (int i = 0; i < x.length; i++) {
                // Each probability is within a few ulps of its double value in both: exp is within 1 ulp,
                // x - max adds |x - max| * 2^-24 relative (at most 60 here), the normaliser ~64 * 2^-24.
                assertEquals(viaPortable[i], viaFast[i], 1e-5f * viaPortable[i] + 1e-12f, "cols=" + cols + " i=" + i);
            }
            float[] lseFast = new float[rows];
            float[] lsePortable = new float[rows];
            fast.logSumExpRows(rows, cols, x, 0, lseFast, 0);
            portable.logSumExpRows(rows, cols, x, 0, lsePortable, 0);
            assertArrayEquals(lsePortable, lseFast, 1e-4f, "cols=" + cols);
        }
    }

    @Test
    void sigmoidAgreesWithPortable() {
        float[] x = new float[203];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 101) * 1.37f;
        }
        float[] viaFast = new float[x.length];
        float[] viaPortable = new float[x.length];
        fast.sigmoid(x.length, x, 0, viaFast, 0);
        portable.sigmoid(x.length, x, 0, viaPortable, 0);
        for (int i = 0; i < x.length; i++) {
            // exp within 1 ulp, then one add and one divide in float: a few ulps of the result.
            assertEquals(viaPortable[i], viaFast[i], 4 * Math.ulp(viaPortable[i]), "x=" + x[i]);
        }
    }

    @Test
    void reductionsAgreeWithPortable() {
        Random random = new Random(3);
        for (int length : new int[] {0, 1, 15, 16, 17, 1000, 5003, 70001}) {
            float[] x = random(random, length + 3);
            float[] y = random(random, length + 5);
            double abs = 0;
            for (int i = 0; i < length; i++) {
                abs += Math.abs(x[3 + i]);
            }
            // Vector sums hold at most 64 terms per float lane before flushing to double: error <= 64 u sum|x|.
            double bound = 64 * GemmReference.U * abs + 1e-30;
            assertEquals(portable.sum(length, x, 3), fast.sum(length, x, 3), bound, "sum, length " + length);
            assertEquals(portable.dot(length, x, 3, y, 5), fast.dot(length, x, 3, y, 5), bound,
                    "dot, length " + length);
            if (length > 0) {
                assertEquals(portable.max(length, x, 3), fast.max(length, x, 3), "max, length " + length);
            }
            float[] yFast = y.clone();
            float[] yPortable = y.clone();
            fast.axpy(length, -0.75f, x, 3, yFast, 5);
            portable.axpy(length, -0.75f, x, 3, yPortable, 5);
            for (int i = 0; i < y.length; i++) {
                // Fused (one rounding) against unfused (two): at most one ulp of the product apart.
                assertEquals(yPortable[i], yFast[i], Math.ulp(1f), "axpy at " + i);
            }
        }
    }

    @Test
    void col2imAgreesWithPortable() {
        ConvGeometry g = new ConvGeometry(3, 11, 37, 3, 3, 1, 1, 1, 1, 1, 1);
        float[] columns = random(new Random(9), g.columnSize());
        float[] viaFast = new float[g.imageSize()];
        float[] viaPortable = new float[g.imageSize()];
        fast.col2im(g, columns, 0, viaFast, 0);
        portable.col2im(g, columns, 0, viaPortable, 0);
        // Same additions in the same order, vector lanes or not: identical bits.
        assertArrayEquals(viaPortable, viaFast);
    }
}
