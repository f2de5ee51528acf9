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
 * <p>As in BLAS, {@code beta == 0} overwrites {@code C} without reading it (NaN in {@code C} is ignored),
 * and {@code alpha == 0} or {@code k == 0} reads neither {@code A} nor {@code B}.
 *
 * <p>The work is done by the implementation {@link Kernels} selected at start-up: the Vector API one
 * (multi-threaded, see {@link dev.copse.core.parallel.Parallelism}) or the portable one. Results agree to
 * float rounding between the two, and each is bit-for-bit repeatable, independent of the thread count.
 *
 * <p>{@code C} must not share elements with {@code A} or {@code B}; the result is undefined if it does.
 *
 * <p>Thread-safety: calls on disjoint output regions may run concurrently.
 */
public final class Gemm {

    private Gemm() {
    }

    /**
     * {@code C = alpha * op(A) * op(B) + beta * C}.
     *
     * @throws IllegalArgumentException when a size is negative, a leading dimension is smaller than the
     *                                  row length of its stored matrix, an offset is negative, or a matrix
     *                                  does not fit its array; checked before any element is touched
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOffset, int lda,
                             float[] b, int bOffset, int ldb,
                             float beta, float[] c, int cOffset, int ldc) {
        GemmArguments.check(transA, transB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc);
        Kernels.support().sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                beta, c, cOffset, ldc);
    }

    /**
     * {@code C = A * B} for dense row-major {@code A (m x k)}, {@code B (k x n)}, {@code C (m x n)}.
     *
     * @throws IllegalArgumentException as {@link #sgemm}, e.g. when an array is too short for its shape
     */
    public static void multiply(int m, int n, int k, float[] a, float[] b, float[] c) {
        sgemm(false, false, m, n, k, 1f, a, 0, Math.max(1, k), b, 0, Math.max(1, n), 0f, c, 0, Math.max(1, n));
    }
}
