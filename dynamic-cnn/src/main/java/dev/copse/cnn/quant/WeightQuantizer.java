package dev.copse.cnn.quant;

/**
 * Fake quantization of one weight tensor with a per-tensor min–max range (METHODS.md section 5): the range
 * is the smallest and largest weight, the grid is {@link UniformQuantizer}'s. One float weight tensor thus
 * serves every bitwidth; the quantized copy is made on the fly.
 *
 * <p>Straight-through estimator: the range always contains every weight, so no weight is clipped and the
 * gradient with respect to the quantized weights is passed to the float weights unchanged (Bengio,
 * Léonard and Courville, "Estimating or Propagating Gradients Through Stochastic Neurons", 2013). The
 * caller does this by adding the gradient to the float weights' gradient buffer.
 *
 * <p>Buffers: one quantized copy per bitwidth used, kept and reused. {@link #cached} skips the work when
 * the weights have not changed since the copy was made (inference); {@link #quantize} always recomputes
 * (training, where the weights change every step).
 *
 * <p>Not thread-safe; each layer instance owns one.
 */
public final class WeightQuantizer {

    private final float[][] copies = new float[UniformQuantizer.FULL_PRECISION][];
    private final long[] versions = new long[UniformQuantizer.FULL_PRECISION];
    private final boolean[] valid = new boolean[UniformQuantizer.FULL_PRECISION];

    /**
     * The weights quantized to {@code bits}, recomputed now. At 32 bits returns {@code weights} itself.
     *
     * @return a buffer owned by this quantizer (valid until the next call at the same bitwidth)
     * @throws IllegalArgumentException when {@code bits} is outside {@code [1, 32]}
     */
    public float[] quantize(float[] weights, int bits) {
        UniformQuantizer.checkBits(bits);
        if (bits == UniformQuantizer.FULL_PRECISION) {
            return weights;
        }
        float[] copy = copies[bits];
        if (copy == null || copy.length != weights.length) {
            copy = new float[weights.length];
            copies[bits] = copy;
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float w : weights) {
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        UniformQuantizer.quantize(weights, 0, weights.length, lo, hi, bits, copy, 0);
        valid[bits] = false;
        return copy;
    }

    /**
     * As {@link #quantize}, but reuses the copy made at {@code bits} if it was made from the same
     * {@code version} of the weights by an earlier call of this method.
     *
     * @param version a number that changes whenever the weights change
     *                ({@link dev.copse.cnn.layer.Parameter#version()})
     */
    public float[] cached(float[] weights, int bits, long version) {
        UniformQuantizer.checkBits(bits);
        if (bits == UniformQuantizer.FULL_PRECISION) {
            return weights;
        }
        if (valid[bits] && versions[bits] == version && copies[bits].length == weights.length) {
            return copies[bits];
        }
        float[] copy = quantize(weights, bits);
        valid[bits] = true;
        versions[bits] = version;
        return copy;
    }
}
