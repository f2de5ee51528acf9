package dev.copse.core.kernel;

/**
 * Vector-vector operations in the manner of BLAS level 1: sum, dot product, {@code y += alpha * x}, and
 * maximum, over ranges of float arrays.
 *
 * <p>Accuracy: sums and dot products return a double. The portable implementation accumulates every term
 * in double; the vector one accumulates runs of at most 64 vectors in float lanes and adds them to a
 * double, which bounds the error by about {@code 64 * 2^-24 * sum|terms|} whatever the length. Both are
 * repeatable: the same input gives the same bits.
 *
 * <p>Cost: one pass over the input; memory-bound for long arrays.
 *
 * <p>Thread-safety: calls that write disjoint outputs may run concurrently.
 */
public final class Blas1 {

    private Blas1() {
    }

    /**
     * {@code sum_i x[offset + i]} for {@code i < length}; 0 for an empty range.
     *
     * @throws IllegalArgumentException when {@code length < 0} or the range does not fit the array
     * @throws NullPointerException     when {@code x} is {@code null}
     */
    public static double sum(int length, float[] x, int offset) {
        ArrayChecks.nonNegative("Blas1.sum", "length", length);
        ArrayChecks.range("Blas1.sum", "x", x, offset, length);
        return Kernels.support().sum(length, x, offset);
    }

    /**
     * {@code sum_i x[xOffset + i] * y[yOffset + i]} for {@code i < length}; 0 for an empty range.
     *
     * @throws IllegalArgumentException when {@code length < 0} or a range does not fit its array
     * @throws NullPointerException     when an array is {@code null}
     */
    public static double dot(int length, float[] x, int xOffset, float[] y, int yOffset) {
        ArrayChecks.nonNegative("Blas1.dot", "length", length);
        ArrayChecks.range("Blas1.dot", "x", x, xOffset, length);
        ArrayChecks.range("Blas1.dot", "y", y, yOffset, length);
        return Kernels.support().dot(length, x, xOffset, y, yOffset);
    }

    /**
     * {@code y[yOffset + i] += alpha * x[xOffset + i]} for {@code i < length}. The vector implementation
     * fuses the multiply and add (one rounding). {@code y} may be {@code x} at the same offset.
     *
     * @throws IllegalArgumentException when {@code length < 0}, a range does not fit its array, or the
     *                                  ranges overlap at different offsets
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void axpy(int length, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        ArrayChecks.nonNegative("Blas1.axpy", "length", length);
        ArrayChecks.range("Blas1.axpy", "x", x, xOffset, length);
        ArrayChecks.range("Blas1.axpy", "y", y, yOffset, length);
        ArrayChecks.sameOrDisjoint("Blas1.axpy", "x", x, xOffset, "y", y, yOffset, length);
        Kernels.support().axpy(length, alpha, x, xOffset, y, yOffset);
    }

    /**
     * The largest of {@code x[offset + i]} for {@code i < length}, with {@link Math#max(float, float)}'s
     * rules: NaN if any element is NaN, and {@code 0.0f} above {@code -0.0f}.
     *
     * @throws IllegalArgumentException when {@code length < 1} or the range does not fit the array
     * @throws NullPointerException     when {@code x} is {@code null}
     */
    public static float max(int length, float[] x, int offset) {
        if (length < 1) {
            throw new IllegalArgumentException("Blas1.max: length must be >= 1, got " + length);
        }
        ArrayChecks.range("Blas1.max", "x", x, offset, length);
        return Kernels.support().max(length, x, offset);
    }
}
