package dev.copse.cascade.member;

import dev.copse.forest.soft.InputScaling;

/**
 * <b>(Copse)</b> The standardisation of a level's input rows that soft members and learned connectivity
 * train on: every column is centred and divided by its standard deviation, except that a pixel block
 * ({@link InputBlocks#pixelsFirst()}) shares one mean and one deviation over all its pixels, as
 * {@link InputScaling#fit} does for images (a per-pixel deviation would blow rarely inked border pixels up
 * into huge values). Columns whose deviation is below {@link InputScaling#MIN_STD} are only centred. Sums
 * accumulate in double. Stateless.
 */
public final class BlockScaling {

    private BlockScaling() {
    }

    /**
     * The scaling of {@code n} rows of {@code x} ({@code [n][blocks.totalWidth()]} row-major).
     *
     * @throws IllegalArgumentException if {@code n < 1} or the length disagrees
     */
    public static InputScaling fit(float[] x, int n, InputBlocks blocks) {
        int d = blocks.totalWidth();
        if (n < 1 || (long) n * d != x.length) {
            throw new IllegalArgumentException("scaling needs at least one row of " + d + " values, got "
                    + x.length + " values for " + n + " rows");
        }
        double[] sum = new double[d];
        double[] squares = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                sum[j] += v;
                squares[j] += v * v;
            }
        }
        if (blocks.pixelsFirst()) {
            pool(sum, squares, blocks.width(0));
        }
        float[] mean = new float[d];
        float[] std = new float[d];
        for (int j = 0; j < d; j++) {
            double m = sum[j] / n;
            double s = Math.sqrt(Math.max(0, squares[j] / n - m * m));
            mean[j] = (float) m;
            std[j] = s < InputScaling.MIN_STD ? 1f : (float) s;
        }
        return new InputScaling(mean, std);
    }

    /** Replaces the first {@code width} columns' sums by their mean, so they share one mean and deviation. */
    private static void pool(double[] sum, double[] squares, int width) {
        double s = 0;
        double q = 0;
        for (int j = 0; j < width; j++) {
            s += sum[j];
            q += squares[j];
        }
        for (int j = 0; j < width; j++) {
            sum[j] = s / width;
            squares[j] = q / width;
        }
    }
}
