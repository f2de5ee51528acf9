package dev.copse.core.kernel;

/**
 * Single-precision general matrix multiply, {@code C = alpha * op(A) * op(B) + beta * C}, on row-major
 * float arrays: the one entry point every model uses for matrix products.
 *
 * <p>Layout: {@code op(A)} is {@code m x k}, {@code op(B)} is {@code k x n}, {@code C} is {@code m x n}.
 * Element {@code (i, j)} of a row-major matrix with leading dimension {@code ld} starting at {@code off}
 * is {@code array[off + i * ld + j]}. With {@code transA} the array holds {@code A} as {@code k x m}
 * ({@code op(A) = A^T}); likewise {@code transB}. Leading dimensions and offsets let callers multiply
 * sub-blocks of larger buffers without copying.
 *
 * <p>As in BLAS, {@code beta == 0} overwrites {@code C} without reading it (NaN in {@code C} is ignored).
 *
 * <p>Thread-safety: calls on disjoint output regions may run concurrently.
 */
public final class Gemm {

    private Gemm() {
    }

    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOffset, int lda,
                             float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int p = 0; p < k; p++) {
                    float av = transA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
                    float bv = transB ? b[bOffset + j * ldb + p] : b[bOffset + p * ldb + j];
                    sum += av * bv;
                }
                int ci = cOffset + i * ldc + j;
                c[ci] = (float) (alpha * sum + (beta == 0f ? 0f : beta * c[ci]));
            }
        }
    }

    /** {@code C = A * B} for dense row-major {@code A (m x k)}, {@code B (k x n)}, {@code C (m x n)}. */
    public static void multiply(int m, int n, int k, float[] a, float[] b, float[] c) {
        sgemm(false, false, m, n, k, 1f, a, 0, k, b, 0, n, 0f, c, 0, n);
    }
}
