package dev.copse.cnn.quant;

import java.util.Arrays;

/**
 * Uniform asymmetric quantization with a zero point (Jacob et al., "Quantization and Training of Neural
 * Networks for Efficient Integer-Arithmetic-Only Inference", CVPR 2018, section 2.1), applied as fake
 * quantization: values are rounded to the {@code 2^b} levels of a b-bit grid and stored back as floats.
 *
 * <p>For a range {@code [lo, hi]} the grid first widens the range to include 0, {@code lo' = min(lo, 0)},
 * {@code hi' = max(hi, 0)} <b>(Copse)</b>, so that zero (ReLU outputs, zero padding) is represented exactly.
 * Then, with {@code levels = 2^b - 1}:
 * <pre>
 *   scale = (hi' - lo') / levels
 *   zero  = rint(-lo' / scale)                       (an integer in [0, levels])
 *   q(x)  = clamp(rint(x / scale) + zero, 0, levels)
 *   x^    = (q(x) - zero) * scale
 * </pre>
 * <b>Rounding (Copse):</b> {@link Math#rint}, round half to even: deterministic, and free of the upward bias
 * of rounding halves up. Grid points are the multiples of {@code scale} from {@code -zero * scale} to
 * {@code (levels - zero) * scale}; the ends lie within half a step of {@code lo'} and {@code hi'}, so every
 * {@code x} in {@code [lo', hi']} is reproduced within half a step, {@code |x - x^| <= scale / 2} (up to one
 * float rounding of the result). Values outside the range are clipped to the nearest end of the grid.
 * Arithmetic is in double, so every bitwidth up to 31 rounds correctly; {@value #FULL_PRECISION} bits means
 * no quantization at all (the identity).
 *
 * <p>Stateless and thread-safe. Cost: one pass over the values.
 */
public final class UniformQuantizer {

    /** The bitwidth that means full precision: no quantization. */
    public static final int FULL_PRECISION = 32;

    private UniformQuantizer() {
    }

    /**
     * Writes the fake-quantized {@code x[xOffset .. xOffset + length)} to {@code out[outOffset ..]} ({@code out}
     * may be {@code x} at the same offset). At {@value #FULL_PRECISION} bits it copies.
     *
     * @param lo   lower end of the range (widened to include 0)
     * @param hi   upper end of the range, {@code >= lo} (widened to include 0)
     * @param bits bitwidth in {@code [1, 32]}
     * @throws IllegalArgumentException when the bitwidth is out of range or the range is not finite or inverted
     */
    public static void quantize(float[] x, int xOffset, int length, float lo, float hi, int bits, float[] out,
                                int outOffset) {
        checkBits(bits);
        if (!(Float.isFinite(lo) && Float.isFinite(hi) && lo <= hi)) {
            throw new IllegalArgumentException("quantization range must be finite with lo <= hi, got [" + lo + ", "
                    + hi + "]");
        }
        if (bits == FULL_PRECISION) {
            if (x != out || xOffset != outOffset) {
                System.arraycopy(x, xOffset, out, outOffset, length);
            }
            return;
        }
        double low = Math.min(lo, 0f);
        double high = Math.max(hi, 0f);
        double levels = (1L << bits) - 1;
        double scale = (high - low) / levels;
        if (scale == 0) {
            // The range is the single point 0: every value quantizes to 0.
            Arrays.fill(out, outOffset, outOffset + length, 0f);
            return;
        }
        double inverse = 1 / scale;
        double zero = Math.rint(-low * inverse);
        double qMin = -zero;
        double qMax = levels - zero;
        for (int i = 0; i < length; i++) {
            double q = Math.rint(x[xOffset + i] * inverse);
            q = q < qMin ? qMin : (q > qMax ? qMax : q);
            // Adding +0.0 turns the -0.0 of rint(-0.4) into +0.0, so zero has one representation.
            out[outOffset + i] = (float) (q * scale + 0.0);
        }
    }

    /**
     * The step between grid levels for the range and bitwidth, {@code (hi' - lo') / (2^b - 1)}; 0 at full
     * precision.
     */
    public static double step(float lo, float hi, int bits) {
        checkBits(bits);
        if (bits == FULL_PRECISION) {
            return 0;
        }
        return ((double) Math.max(hi, 0f) - Math.min(lo, 0f)) / ((1L << bits) - 1);
    }

    /**
     * @throws IllegalArgumentException unless {@code bits} is in {@code [1, 32]}
     */
    public static void checkBits(int bits) {
        if (bits < 1 || bits > FULL_PRECISION) {
            throw new IllegalArgumentException("quantization bitwidth must be in [1, 32] (32 = full precision), got "
                    + bits);
        }
    }
}
