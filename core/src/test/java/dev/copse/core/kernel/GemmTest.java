package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.assertClose;
import static dev.copse.core.kernel.GemmReference.assertOutsideUntouched;
import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Gemm} through the public facade, on whichever implementation {@link Kernels} selected (Surefire
 * runs this class once on each): against a double-precision reference with a rigorous float32 error
 * bound (see {@link GemmReference#assertClose}) and against EJML's {@code CommonOps_FDRM}.
 */
class GemmTest {

    /** m, n, k: tiny, primes, edges of the 8 x 48 tile, several k blocks, several column blocks, tall-skinny. */
    static Stream<Arguments> shapes() {
        int[][] shapes = {
            {1, 1, 1}, {7, 5, 13}, {97, 101, 89}, {2000, 16, 144}, {1, 37, 1}, {33, 1, 300},
            {8, 48, 320}, {9, 49, 321}, {15, 17, 700}, {37, 1100, 60}, {100, 200, 220}, {3, 33, 7},
        };
        return Stream.of(shapes).flatMap(s -> Stream.of(
                Arguments.of(s[0], s[1], s[2], false, false), Arguments.of(s[0], s[1], s[2], true, false),
                Arguments.of(s[0], s[1], s[2], false, true), Arguments.of(s[0], s[1], s[2], true, true)));
    }

    @ParameterizedTest(name = "{0}x{2} * {2}x{1}, transA={3}, transB={4}")
    @MethodSource("shapes")
    void denseProductMatchesReferenceAndEjml(int m, int n, int k, boolean transA, boolean transB) {
        Random random = new Random(31L * m + 17L * n + k + (transA ? 1 : 0) + (transB ? 2 : 0));
        float[] a = random(random, m * k);
        float[] b = random(random, k * n);
        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        float[] c = new float[m * n];
        // beta == 0 must overwrite C without reading it, so NaN there must not leak into the result.
        Arrays.fill(c, Float.NaN);

        Gemm.sgemm(transA, transB, m, n, k, 1f, a, 0, lda, b, 0, ldb, 0f, c, 0, n);

        GemmReference.Product exact = GemmReference.product(transA, transB, m, n, k, a, 0, lda, b, 0, ldb);
        assertClose("vs double reference", exact, 1f, 0f, c, c, 0, n, m, n, k);
        float[] ejml = ejml(transA, transB, m, n, k, a, b);
        // Both results are within the bound of the exact product, so within twice it of each other.
        double gamma = 2 * (k + 4) * GemmReference.U;
        for (int i = 0; i < m * n; i++) {
            double tolerance = gamma * exact.magnitude()[i] + Float.MIN_NORMAL;
            assertTrue(Math.abs(c[i] - ejml[i]) <= tolerance,
                    "vs EJML at " + i + ": " + c[i] + " vs " + ejml[i] + ", tolerance " + tolerance);
        }
    }

    static Stream<Arguments> scalings() {
        return Stream.of(Arguments.of(1f, 1f), Arguments.of(-0.5f, 0.75f), Arguments.of(2f, -1f),
                Arguments.of(0.25f, 0f), Arguments.of(0f, 0.5f), Arguments.of(0f, 0f));
    }

    /** A sub-block product: A, B and C live inside larger buffers with offsets and wider leading dimensions. */
    @ParameterizedTest(name = "alpha={0}, beta={1}")
    @MethodSource("scalings")
    void subBlockWithOffsetsAndLeadingDimensions(float alpha, float beta) {
        int m = 61;
        int n = 53;
        int k = 71;
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                Random random = new Random(7 + (transA ? 1 : 0) + (transB ? 2 : 0));
                int lda = (transA ? m : k) + 5;
                int ldb = (transB ? k : n) + 3;
                int ldc = n + 11;
                int aOffset = 13;
                int bOffset = 29;
                int cOffset = 7;
                float[] a = random(random, aOffset + (transA ? k : m) * lda);
                float[] b = random(random, bOffset + (transB ? n : k) * ldb);
                float[] c0 = random(random, cOffset + m * ldc + 4);
                float[] c = c0.clone();

                Gemm.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);

                String label = "transA=" + transA + ", transB=" + transB;
                GemmReference.Product exact = GemmReference.product(transA, transB, m, n, k, a, aOffset, lda,
                        b, bOffset, ldb);
                assertClose(label, exact, alpha, beta, c0, c, cOffset, ldc, m, n, k);
                assertOutsideUntouched(label, c0, c, cOffset, ldc, m, n);
            }
        }
    }

    /**
     * Whole 8-row strips and whole 48-column panels whose last element is the last element of its array,
     * with wider leading dimensions and offsets: the packing of transposed operands reads them a vector at
     * a time, which must neither run past the array nor mix up rows.
     */
    @Test
    void wholeStripsAndPanelsEndingAtTheArrayEnd() {
        int m = 16;
        int n = 96;
        int k = 37;
        for (boolean transA : new boolean[] {false, true}) {
            for (boolean transB : new boolean[] {false, true}) {
                Random random = new Random(41 + (transA ? 1 : 0) + (transB ? 2 : 0));
                int lda = transA ? m + 3 : k + 2;
                int ldb = transB ? k + 1 : n + 5;
                int aOffset = 3;
                int bOffset = 11;
                // The last stored row is only as long as the matrix, so the array ends with the matrix.
                float[] a = random(random, aOffset + ((transA ? k : m) - 1) * lda + (transA ? m : k));
                float[] b = random(random, bOffset + ((transB ? n : k) - 1) * ldb + (transB ? k : n));
                float[] c = new float[m * n];

                Gemm.sgemm(transA, transB, m, n, k, 1f, a, aOffset, lda, b, bOffset, ldb, 0f, c, 0, n);

                GemmReference.Product exact = GemmReference.product(transA, transB, m, n, k, a, aOffset, lda,
                        b, bOffset, ldb);
                assertClose("transA=" + transA + ", transB=" + transB, exact, 1f, 0f, c, c, 0, n, m, n, k);
            }
        }
    }

    @Test
    void zeroAlphaOrEmptyInnerDimensionOnlyScalesC() {
        float[] a = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        float[] b = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
        float[] c = {1f, 2f, 3f, 4f};
        Gemm.sgemm(false, false, 2, 2, 2, 0f, a, 0, 2, b, 0, 2, 0.5f, c, 0, 2);
        assertArrayEquals(new float[] {0.5f, 1f, 1.5f, 2f}, c);

        float[] d = {Float.NaN, 1f, 2f, 3f};
        Gemm.sgemm(false, false, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 0f, d, 0, 2);
        assertArrayEquals(new float[4], d);
    }

    @Test
    void handComputedTwoByTwo() {
        // [1 2; 3 4] * [5 6; 7 8] = [19 22; 43 50]
        float[] c = new float[4];
        Gemm.multiply(2, 2, 2, new float[] {1, 2, 3, 4}, new float[] {5, 6, 7, 8}, c);
        assertArrayEquals(new float[] {19, 22, 43, 50}, c);
        // A^T * B^T with the same arrays: [1 3; 2 4] * [5 7; 6 8] = [23 31; 34 46]
        Gemm.sgemm(true, true, 2, 2, 2, 1f, new float[] {1, 2, 3, 4}, 0, 2, new float[] {5, 6, 7, 8}, 0, 2,
                0f, c, 0, 2);
        assertArrayEquals(new float[] {23, 31, 34, 46}, c);
    }

    @Test
    void emptyOutputTouchesNothing() {
        float[] c = {42f};
        Gemm.sgemm(false, false, 0, 5, 3, 1f, new float[0], 0, 3, new float[15], 0, 5, 0f, c, 0, 5);
        Gemm.sgemm(false, false, 4, 0, 3, 1f, new float[12], 0, 3, new float[0], 0, 1, 0f, c, 0, 1);
        assertEquals(42f, c[0]);
    }

    @Test
    void badArgumentsAreRejectedWithTheirNames() {
        float[] a = new float[6];
        float[] b = new float[6];
        float[] c = new float[4];
        assertMessage("sizes must be >= 0",
                () -> Gemm.sgemm(false, false, -1, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2));
        assertMessage("lda=2", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2));
        assertMessage("ldb=1", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 3, b, 0, 1, 0f, c, 0, 2));
        assertMessage("ldc=1", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 1));
        assertMessage("offset of A", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, -1, 3, b, 0, 2, 0f, c, 0, 2));
        assertMessage("B (k x n", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 3, b, 1, 2, 0f, c, 0, 2));
        assertMessage("C (m x n", () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 1, 2));
        // Transposed A is stored k x m = 3 x 2, so lda = 2 is valid there and lda = 3 runs past the end.
        assertMessage("A (k x m", () -> Gemm.sgemm(true, false, 2, 2, 3, 1f, a, 0, 3, b, 0, 2, 0f, c, 0, 2));
        assertThrows(NullPointerException.class,
                () -> Gemm.sgemm(false, false, 2, 2, 3, 1f, null, 0, 3, b, 0, 2, 0f, c, 0, 2));
        assertMessage("array has length 5", () -> Gemm.multiply(2, 2, 3, new float[5], b, c));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected),
                () -> "message '" + e.getMessage() + "' lacks '" + expected + "'");
    }

    private static float[] ejml(boolean transA, boolean transB, int m, int n, int k, float[] a, float[] b) {
        FMatrixRMaj ma = transA ? FMatrixRMaj.wrap(k, m, a) : FMatrixRMaj.wrap(m, k, a);
        FMatrixRMaj mb = transB ? FMatrixRMaj.wrap(n, k, b) : FMatrixRMaj.wrap(k, n, b);
        FMatrixRMaj mc = new FMatrixRMaj(m, n);
        if (transA && transB) {
            CommonOps_FDRM.multTransAB(ma, mb, mc);
        } else if (transA) {
            CommonOps_FDRM.multTransA(ma, mb, mc);
        } else if (transB) {
            CommonOps_FDRM.multTransB(ma, mb, mc);
        } else {
            CommonOps_FDRM.mult(ma, mb, mc);
        }
        return mc.data;
    }
}
