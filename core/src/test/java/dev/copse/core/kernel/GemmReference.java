package dev.copse.core.kernel;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;

/** A double-precision GEMM and the float32 error bound every implementation must meet against it. */
final class GemmReference {

    /** Unit roundoff of float32. */
    static final double U = 0x1p-24;

    private GemmReference() {
    }

    /** op(A) * op(B) in double, with the magnitudes |op(A)| * |op(B)| needed for the error bound. */
    record Product(double[] value, double[] magnitude) {
    }

    static Product product(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOffset, int lda,
                           float[] b, int bOffset, int ldb) {
        double[] value = new double[m * n];
        double[] magnitude = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double abs = 0;
                for (int p = 0; p < k; p++) {
                    double av = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
                    double bv = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
                    sum += av * bv;
                    abs += Math.abs(av * bv);
                }
                value[i * n + j] = sum;
                magnitude[i * n + j] = abs;
            }
        }
        return new Product(value, magnitude);
    }

    /**
     * Checks {@code c} against {@code alpha * product + beta * c0} element by element.
     *
     * <p>Bound: any float32 evaluation of a length-k dot product, in any summation order, with or without
     * fused multiply-adds, is within {@code gamma_k * sum|a_p b_p|} of the exact value, {@code gamma_k =
     * k u / (1 - k u)} (Higham, "Accuracy and Stability of Numerical Algorithms", 2nd ed., section 3.1).
     * Scaling by alpha, adding beta * C and splitting k into blocks add a few more roundings, each at most
     * u times the magnitudes involved, hence {@code (k + 4) u} on {@code |alpha| |A||B| + |beta C0|}. The
     * bound is rigorous, so the test cannot be flaky, and it still catches a missing or misplaced term:
     * one term is typically of size sum|a_p b_p| / k, far above k u sum|a_p b_p| for these sizes.
     */
    static void assertClose(String label, Product product, float alpha, float beta, float[] c0, float[] c,
                            int cOffset, int ldc, int m, int n, int k) {
        double gamma = (k + 4) * U / (1 - (k + 4) * U);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int idx = cOffset + i * ldc + j;
                double old = beta == 0f ? 0 : beta * (double) c0[idx];
                double expected = alpha * product.value()[i * n + j] + old;
                double scale = Math.abs(alpha) * product.magnitude()[i * n + j] + Math.abs(old);
                double tolerance = gamma * scale + Float.MIN_NORMAL;
                double error = Math.abs(c[idx] - expected);
                if (!(error <= tolerance)) {
                    fail(label + ": C[" + i + "][" + j + "] = " + c[idx] + ", expected " + expected
                            + " (error " + error + " > bound " + tolerance + ")");
                }
            }
        }
    }

    /** Uniform values in [-1, 1). */
    static float[] random(Random random, int length) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = random.nextFloat() * 2f - 1f;
        }
        return x;
    }

    /** Fails if any element of {@code after} outside the m x n block at offset/ld differs from {@code before}. */
    static void assertOutsideUntouched(String label, float[] before, float[] after, int offset, int ld, int m, int n) {
        boolean[] inside = new boolean[before.length];
        for (int i = 0; i < m; i++) {
            Arrays.fill(inside, offset + i * ld, offset + i * ld + n, true);
        }
        for (int idx = 0; idx < before.length; idx++) {
            if (!inside[idx] && Float.floatToRawIntBits(before[idx]) != Float.floatToRawIntBits(after[idx])) {
                fail(label + ": element " + idx + " outside C's block changed from " + before[idx] + " to "
                        + after[idx]);
            }
        }
    }
}
