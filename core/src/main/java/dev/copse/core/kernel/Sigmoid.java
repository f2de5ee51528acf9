package dev.copse.core.kernel;

/**
 * The logistic function {@code sigmoid(x) = 1 / (1 + exp(-x))}, element-wise.
 *
 * <p>Evaluated as {@code 1 / (1 + e)} for {@code x >= 0} and {@code e / (1 + e)} for {@code x < 0}, with
 * {@code e = exp(-|x|)}: the exponential never overflows, so large positive inputs give exactly 1, large
 * negative ones a correctly small value (down to 0 below about -104), and NaN gives NaN.
 *
 * <p>Thread-safety: calls that write disjoint outputs may run concurrently.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * {@code out[outOffset + i] = sigmoid(x[xOffset + i])} for {@code i < length}; {@code out} may be
     * {@code x} at the same offset (in place).
     *
     * @throws IllegalArgumentException when {@code length < 0}, a range does not fit its array, or
     *                                  {@code out} overlaps {@code x} at a different offset
     * @throws NullPointerException     when an array is {@code null}
     */
    public static void apply(int length, float[] x, int xOffset, float[] out, int outOffset) {
        ArrayChecks.nonNegative("Sigmoid.apply", "length", length);
        ArrayChecks.range("Sigmoid.apply", "x", x, xOffset, length);
        ArrayChecks.range("Sigmoid.apply", "out", out, outOffset, length);
        ArrayChecks.sameOrDisjoint("Sigmoid.apply", "x", x, xOffset, "out", out, outOffset, length);
        Kernels.support().sigmoid(length, x, xOffset, out, outOffset);
    }
}
