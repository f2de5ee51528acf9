package dev.copse.core.kernel;

/**
 * Element-wise maps over one contiguous stretch of floats: the per-channel affine maps of a batch
 * normalisation with or without a fused ReLU, the ReLU's backward mask, and the three-term combination of
 * a normalisation's input gradient. Each reads its inputs once and writes its output once, so they run at
 * memory speed on the vector kernels.
 *
 * <p>Rounding: multiply-adds are fused ({@link Math#fma}) in both implementations, so the portable and the
 * vector kernels give the same bits.
 *
 * <p>Thread-safety: calls that write disjoint outputs may run concurrently. Input and output may be the
 * same range (in place) but must not overlap otherwise.
 */
public final class Elementwise {

    private Elementwise() {
    }

    /**
     * {@code y[i] = fma(a, x[i], b)} for {@code i < length}.
     *
     * @throws IllegalArgumentException when a range does not fit its array or the ranges partly overlap
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void affine(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        checkPair("Elementwise.affine", length, x, xOffset, y, yOffset);
        Kernels.support().affine(length, a, x, xOffset, b, y, yOffset);
    }

    /**
     * {@code y[i] = max(fma(a, x[i], b), 0)} for {@code i < length}: an affine map followed by a ReLU.
     *
     * @throws IllegalArgumentException when a range does not fit its array or the ranges partly overlap
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void affineRelu(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        checkPair("Elementwise.affineRelu", length, x, xOffset, y, yOffset);
        Kernels.support().affineRelu(length, a, x, xOffset, b, y, yOffset);
    }

    /**
     * {@code g[i] = y[i] > 0 ? dy[i] : 0} for {@code i < length}: the gradient through a ReLU whose output
     * was {@code y}.
     *
     * @throws IllegalArgumentException when a range does not fit its array or the output partly overlaps an
     *                                  input
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void reluBackward(int length, float[] dy, int dyOffset, float[] y, int yOffset, float[] g,
                                    int gOffset) {
        checkPair("Elementwise.reluBackward", length, dy, dyOffset, g, gOffset);
        checkPair("Elementwise.reluBackward", length, y, yOffset, g, gOffset);
        Kernels.support().reluBackward(length, dy, dyOffset, y, yOffset, g, gOffset);
    }

    /**
     * {@code out[i] = fma(a, g[i], fma(b, x[i], c))} for {@code i < length}.
     *
     * @throws IllegalArgumentException when a range does not fit its array or the output partly overlaps an
     *                                  input
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void combine(int length, float a, float[] g, int gOffset, float b, float[] x, int xOffset,
                               float c, float[] out, int outOffset) {
        checkPair("Elementwise.combine", length, g, gOffset, out, outOffset);
        checkPair("Elementwise.combine", length, x, xOffset, out, outOffset);
        Kernels.support().combine(length, a, g, gOffset, b, x, xOffset, c, out, outOffset);
    }

    private static void checkPair(String operation, int length, float[] in, int inOffset, float[] out,
                                  int outOffset) {
        ArrayChecks.nonNegative(operation, "length", length);
        ArrayChecks.range(operation, "input", in, inOffset, length);
        ArrayChecks.range(operation, "output", out, outOffset, length);
        ArrayChecks.sameOrDisjoint(operation, "input", in, inOffset, "output", out, outOffset, length);
    }
}
