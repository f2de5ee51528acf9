package dev.copse.forest.soft;

import dev.copse.core.data.Dataset;
import java.util.Arrays;

/**
 * Per-feature standardisation {@code x'_j = (x_j - mean_j) / std_j} that a model applies to raw inputs
 * before routing them. The caller computes it (on training data) and attaches it with
 * {@link SoftForest#withInputScaling(InputScaling)}; training itself expects inputs already standardised.
 * Immutable.
 */
public final class InputScaling {

    /** Features whose standard deviation is below this are centred but not scaled. */
    public static final double MIN_STD = 1e-6;

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

    /**
     * <b>(Copse)</b> The scaling {@link SoftForest#fit(Dataset, Options, ProgressListener)} trains with. For
     * image data (the dataset has an image shape) one mean and one standard deviation over all pixels: pixels
     * share one unit, and per-pixel scaling would blow up rarely-inked border pixels into huge values. For
     * other data each feature's own mean and standard deviation, with features whose deviation is below
     * {@value #MIN_STD} only centred. Statistics accumulate in double.
     */
    public static InputScaling fit(Dataset train) {
        int n = train.size();
        int d = train.numFeatures();
        float[] x = train.features();
        float[] mean = new float[d];
        float[] std = new float[d];
        if (train.imageShape().isPresent()) {
            double sum = 0;
            double squares = 0;
            for (float v : x) {
                sum += v;
                squares += (double) v * v;
            }
            double m = sum / x.length;
            double s = Math.sqrt(Math.max(0, squares / x.length - m * m));
            Arrays.fill(mean, (float) m);
            Arrays.fill(std, s < MIN_STD ? 1f : (float) s);
            return new InputScaling(mean, std);
        }
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * d + j];
                sum += v;
                squares += v * v;
            }
            double m = sum / n;
            double s = Math.sqrt(Math.max(0, squares / n - m * m));
            mean[j] = (float) m;
            std[j] = s < MIN_STD ? 1f : (float) s;
        }
        return new InputScaling(mean, std);
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

    /**
     * The standardised copy of {@code x}, rows of {@code features()} values row-major.
     *
     * @throws IllegalArgumentException if {@code x.length} is not a multiple of {@code features()}
     */
    public float[] apply(float[] x) {
        int d = mean.length;
        if (x.length % d != 0) {
            throw new IllegalArgumentException("input of " + x.length + " values is not rows of " + d + " features");
        }
        float[] out = new float[x.length];
        for (int k = 0; k < x.length; k++) {
            int j = k % d;
            out[k] = (x[k] - mean[j]) / std[j];
        }
        return out;
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
