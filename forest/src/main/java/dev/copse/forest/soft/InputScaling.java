package dev.copse.forest.soft;

import java.util.Arrays;

/**
 * Per-feature standardisation {@code x'_j = (x_j - mean_j) / std_j} that a model applies to raw inputs
 * before routing them. The caller computes it (on training data) and attaches it with
 * {@link SoftForest#withInputScaling(InputScaling)}; training itself expects inputs already standardised.
 * Immutable.
 */
public final class InputScaling {

    private final float[] mean;
    private final float[] std;

    /**
     * @throws IllegalArgumentException if the lengths differ or are zero, a mean is not finite, or a
     *                                  standard deviation is not finite and positive
     */
    public InputScaling(float[] mean, float[] std) {
        if (mean == null || std == null || mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("InputScaling needs mean and std of the same non-zero length, got "
                    + (mean == null ? "null" : mean.length) + " and " + (std == null ? "null" : std.length));
        }
        for (int j = 0; j < mean.length; j++) {
            if (!Float.isFinite(mean[j])) {
                throw new IllegalArgumentException("InputScaling.mean[" + j + "] is not finite: " + mean[j]);
            }
            if (!(std[j] > 0f) || Float.isInfinite(std[j])) {
                throw new IllegalArgumentException("InputScaling.std[" + j + "] must be finite and > 0, got " + std[j]);
            }
        }
        this.mean = mean.clone();
        this.std = std.clone();
    }

    public int features() {
        return mean.length;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] std() {
        return std.clone();
    }

    /** Writes the standardised rows {@code [from, to)} of {@code x} (row-major, {@code features()} wide) into {@code out}. */
    void apply(float[] x, int from, int to, float[] out) {
        int d = mean.length;
        for (int r = from; r < to; r++) {
            int src = r * d;
            int dst = (r - from) * d;
            for (int j = 0; j < d; j++) {
                out[dst + j] = (x[src + j] - mean[j]) / std[j];
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputScaling s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }
}
