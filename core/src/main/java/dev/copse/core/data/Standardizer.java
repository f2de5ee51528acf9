package dev.copse.core.data;

/**
 * Per-feature standardisation {@code z_j = (x_j - mean_j) / std_j}, fitted on training data only and then
 * applied unchanged to validation and test data (fitting on test data would leak it into the model).
 *
 * <p>Statistics: mean and population standard deviation ({@code 1/n}), accumulated in double over two
 * passes (mean first, then squared deviations from it, which avoids the cancellation of
 * {@code E[x^2] - E[x]^2}), stored as float. A feature whose standard deviation is below the floor
 * ({@link #DEFAULT_MIN_STD} unless given) is treated as constant, e.g. the always-black border pixels of
 * MNIST: its scale is set to 1, so it is only centred and never blown up by a division by almost zero.
 *
 * <p>A model stores a standardizer as the two arrays {@link #mean()} and {@link #std()} and restores it
 * with {@link #of(float[], float[])}; the restored instance gives bit-identical results.
 *
 * <p>Immutable and thread-safe.
 */
public final class Standardizer {

    /** Standard deviations below this are treated as a constant feature (scale 1). */
    public static final double DEFAULT_MIN_STD = 1e-6;

    private final float[] mean;
    private final float[] std;
    private final float[] inverseStd;

    private Standardizer(float[] mean, float[] std) {
        this.mean = mean;
        this.std = std;
        this.inverseStd = new float[std.length];
        for (int j = 0; j < std.length; j++) {
            inverseStd[j] = (float) (1.0 / std[j]);
        }
    }

    /** Fits on {@code train} with the default floor. Cost O(n d). */
    public static Standardizer fit(Dataset train) {
        return fit(train, DEFAULT_MIN_STD);
    }

    /**
     * Fits on {@code train}; features with standard deviation below {@code minStd} get scale 1.
     *
     * @throws IllegalArgumentException if {@code minStd} is not positive and finite
     */
    public static Standardizer fit(Dataset train, double minStd) {
        if (!(minStd > 0) || Double.isInfinite(minStd)) {
            throw new IllegalArgumentException("minStd must be positive and finite, got " + minStd);
        }
        int n = train.size();
        int d = train.numFeatures();
        float[] x = train.features();
        double[] sum = new double[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                sum[j] += x[base + j];
            }
        }
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            mean[j] = sum[j] / n;
        }
        double[] squares = new double[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                double deviation = x[base + j] - mean[j];
                squares[j] += deviation * deviation;
            }
        }
        float[] meanF = new float[d];
        float[] stdF = new float[d];
        for (int j = 0; j < d; j++) {
            double s = Math.sqrt(squares[j] / n);
            meanF[j] = (float) mean[j];
            stdF[j] = s < minStd ? 1f : (float) s;
        }
        return new Standardizer(meanF, stdF);
    }

    /**
     * Restores a standardizer from stored arrays (copied).
     *
     * @throws IllegalArgumentException if the lengths differ or are zero, a mean is not finite, or a
     *                                  std is not positive and finite
     */
    public static Standardizer of(float[] mean, float[] std) {
        if (mean.length != std.length || mean.length == 0) {
            throw new IllegalArgumentException("standardizer needs equally long, non-empty mean and std, got "
                    + mean.length + " and " + std.length);
        }
        for (int j = 0; j < mean.length; j++) {
            if (!Float.isFinite(mean[j])) {
                throw new IllegalArgumentException("standardizer mean[" + j + "] is " + mean[j]);
            }
            if (!(std[j] > 0) || Float.isInfinite(std[j])) {
                throw new IllegalArgumentException("standardizer std[" + j + "] must be positive and finite, got "
                        + std[j]);
            }
        }
        return new Standardizer(mean.clone(), std.clone());
    }

    /** Per-feature means (a copy). */
    public float[] mean() {
        return mean.clone();
    }

    /** Per-feature scales, 1 for constant features (a copy). */
    public float[] std() {
        return std.clone();
    }

    public int numFeatures() {
        return mean.length;
    }

    /**
     * A standardised copy of {@code data} (labels, names, image shape kept; provenance says
     * "standardized"). Cost O(n d).
     *
     * @throws IllegalArgumentException if the feature counts differ
     */
    public Dataset apply(Dataset data) {
        checkFeatures(data.numFeatures());
        int n = data.size();
        int d = mean.length;
        float[] out = new float[n * d];
        float[] x = data.features();
        for (int i = 0; i < n; i++) {
            apply(x, i * d, out, i * d);
        }
        return data.withFeatures(out, "standardized");
    }

    /**
     * Standardises one row: {@code out[outOffset + j] = (in[inOffset + j] - mean_j) * r_j} for every
     * feature {@code j}, where {@code r_j} is {@code 1 / std_j} computed once in double and rounded to
     * float. Allocates nothing; {@code in} and {@code out} may be the same array.
     */
    public void apply(float[] in, int inOffset, float[] out, int outOffset) {
        for (int j = 0; j < mean.length; j++) {
            out[outOffset + j] = (in[inOffset + j] - mean[j]) * inverseStd[j];
        }
    }

    private void checkFeatures(int d) {
        if (d != mean.length) {
            throw new IllegalArgumentException("standardizer was fitted on " + mean.length
                    + " features but the data has " + d);
        }
    }
}
