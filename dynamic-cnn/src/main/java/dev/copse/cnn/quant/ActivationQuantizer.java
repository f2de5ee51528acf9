package dev.copse.cnn.quant;

import java.util.Arrays;

/**
 * Fake quantization of a layer's input activations with a running min–max range (METHODS.md section 5), on
 * {@link UniformQuantizer}'s grid, one range per tensor (over the whole batch).
 *
 * <p><b>Range.</b> In training the grid spans the current batch's minimum and maximum, and the running
 * range is updated as an exponential moving average, {@code r = (1 - m) r + m * batch} with momentum
 * {@code m} (the first update copies the batch range), as batch normalisation does for its statistics. In
 * inference the running range is used and nothing changes. The running range lives in a 3-float state
 * array {@code [min, max, updates]} that the layer saves with the model and shares with its replicas.
 *
 * <p><b>Gradient (straight-through, Copse):</b> the quantizer passes the gradient unchanged for inputs inside
 * the range it used and sets it to zero for inputs outside it, which were clipped. In training the range is
 * the batch's own, so nothing is clipped and every gradient passes.
 *
 * <p>Not thread-safe; each layer instance owns one (sharing the state array).
 */
public final class ActivationQuantizer {

    /** Floats in the state array: running minimum, running maximum, number of updates. */
    public static final int STATE_SIZE = 3;

    private final float[] state;
    private final float momentum;
    private float usedLo;
    private float usedHi;
    private boolean clipped;

    /**
     * @param state    {@value #STATE_SIZE} floats {@code [min, max, updates]}, shared; all zero for a fresh range
     * @param momentum weight of the newest batch in the running range, in {@code (0, 1]}
     * @throws IllegalArgumentException when the state has the wrong length or the momentum is out of range
     */
    public ActivationQuantizer(float[] state, float momentum) {
        if (state == null || state.length != STATE_SIZE) {
            throw new IllegalArgumentException("activation quantizer state must hold " + STATE_SIZE + " floats");
        }
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("activation quantizer momentum must be in (0, 1], got " + momentum);
        }
        this.state = state;
        this.momentum = momentum;
    }

    /**
     * Writes the quantized {@code x[0, length)} to {@code out[0, length)}.
     *
     * @param training whether to use (and update) the batch range instead of the running range
     * @throws IllegalArgumentException when {@code bits} is outside {@code [1, 31]}
     * @throws IllegalStateException    in inference when the running range was never estimated
     */
    public void quantize(float[] x, int length, int bits, boolean training, float[] out) {
        if (bits < 1 || bits >= UniformQuantizer.FULL_PRECISION) {
            throw new IllegalArgumentException("activation quantization needs a bitwidth in [1, 31], got " + bits);
        }
        if (training) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < length; i++) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
            if (!(Float.isFinite(lo) && Float.isFinite(hi))) {
                throw new IllegalArgumentException("activations to quantize are not finite (range [" + lo + ", " + hi
                        + "]); training has diverged");
            }
            update(lo, hi);
            usedLo = lo;
            usedHi = hi;
            clipped = false;
        } else {
            if (state[2] == 0) {
                throw new IllegalStateException("the running activation range was never estimated: run training "
                        + "passes at a quantized bitwidth before quantized inference");
            }
            usedLo = state[0];
            usedHi = state[1];
            clipped = true;
        }
        UniformQuantizer.quantize(x, 0, length, usedLo, usedHi, bits, out, 0);
    }

    /**
     * Applies the straight-through gradient of the last {@link #quantize} call to {@code grad[0, length)} in
     * place: zero where {@code x} lay outside the range used.
     */
    public void backward(float[] x, float[] grad, int length) {
        if (!clipped) {
            return;
        }
        float lo = Math.min(usedLo, 0f);
        float hi = Math.max(usedHi, 0f);
        for (int i = 0; i < length; i++) {
            float v = x[i];
            if (v < lo || v > hi) {
                grad[i] = 0f;
            }
        }
    }

    /** The running range {@code [min, max]}, a copy. */
    public float[] runningRange() {
        return Arrays.copyOf(state, 2);
    }

    private void update(float lo, float hi) {
        if (state[2] == 0) {
            state[0] = lo;
            state[1] = hi;
        } else {
            state[0] = (1 - momentum) * state[0] + momentum * lo;
            state[1] = (1 - momentum) * state[1] + momentum * hi;
        }
        state[2] = Math.min(state[2] + 1, 1e9f);
    }
}
