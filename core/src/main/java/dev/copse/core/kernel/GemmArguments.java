package dev.copse.core.kernel;

/** Argument checks shared by every GEMM implementation, run before any memory is touched. */
final class GemmArguments {

    private GemmArguments() {
    }

    /**
     * Checks the arguments of {@link Gemm#sgemm}.
     *
     * @throws IllegalArgumentException naming the first argument that is out of range
     * @throws NullPointerException     when an array is {@code null}
     */
    static void check(boolean transA, boolean transB, int m, int n, int k,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float[] c, int cOffset, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sgemm: sizes must be >= 0, got m=" + m + ", n=" + n + ", k=" + k);
        }
        requireArray(a, "A");
        requireArray(b, "B");
        requireArray(c, "C");
        // Stored shapes: A is m x k (k x m when transposed), B is k x n (n x k when transposed).
        checkMatrix("A", transA ? "k x m" : "m x k", transA ? k : m, transA ? m : k, a, aOffset, lda, "lda");
        checkMatrix("B", transB ? "n x k" : "k x n", transB ? n : k, transB ? k : n, b, bOffset, ldb, "ldb");
        checkMatrix("C", "m x n", m, n, c, cOffset, ldc, "ldc");
    }

    private static void requireArray(float[] array, String name) {
        if (array == null) {
            throw new NullPointerException("sgemm: array " + name + " is null");
        }
    }

    private static void checkMatrix(String name, String shape, int rows, int cols, float[] array, int offset,
                                    int ld, String ldName) {
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("sgemm: " + ldName + "=" + ld + " is smaller than the " + cols
                    + " columns of the stored " + name + " (" + shape + " = " + rows + " x " + cols + ")");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("sgemm: offset of " + name + " must be >= 0, got " + offset);
        }
        if (rows == 0 || cols == 0) {
            return;
        }
        long last = (long) offset + (long) (rows - 1) * ld + cols - 1;
        if (last >= array.length) {
            throw new IllegalArgumentException("sgemm: " + name + " (" + shape + " = " + rows + " x " + cols
                    + ", offset " + offset + ", " + ldName + " " + ld + ") needs index " + last
                    + " but the array has length " + array.length);
        }
    }
}
