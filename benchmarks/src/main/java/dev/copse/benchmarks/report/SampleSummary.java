package dev.copse.benchmarks.report;

import java.util.Arrays;

/**
 * Order statistics of a sample of timings: median, quartiles and range.
 *
 * <p>Quartiles interpolate linearly between order statistics, {@code Q(p) = x[h] + (h - floor h)
 * (x[floor h + 1] - x[floor h])} with {@code h = (n - 1) p} on the sorted sample: definition 7 of Hyndman
 * and Fan, "Sample Quantiles in Statistical Packages" (The American Statistician 50(4), 1996), the default
 * of R and numpy, so the Python peers would compute the same numbers.
 *
 * @param count  number of samples, at least 1
 * @param min    smallest sample
 * @param lowerQuartile  {@code Q(0.25)}
 * @param median {@code Q(0.5)}
 * @param upperQuartile  {@code Q(0.75)}
 * @param max    largest sample
 */
public record SampleSummary(int count, double min, double lowerQuartile, double median, double upperQuartile,
                            double max) {

    public SampleSummary {
        if (count < 1) {
            throw new IllegalArgumentException("a summary needs at least one sample, got count " + count);
        }
        if (!(min <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= max)) {
            throw new IllegalArgumentException("summary statistics out of order: min " + min + ", Q1 " + lowerQuartile
                    + ", median " + median + ", Q3 " + upperQuartile + ", max " + max);
        }
    }

    /**
     * Summarises {@code samples} (not modified). Throws when it is empty or holds NaN or an infinity, since
     * a timing can be neither.
     */
    public static SampleSummary of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("cannot summarise an empty sample");
        }
        double[] sorted = samples.clone();
        for (double sample : sorted) {
            if (!Double.isFinite(sample)) {
                throw new IllegalArgumentException("sample holds a non-finite value: " + Arrays.toString(samples));
            }
        }
        Arrays.sort(sorted);
        return new SampleSummary(sorted.length, sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), sorted[sorted.length - 1]);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** Interquartile range, {@code Q3 - Q1}. */
    public double interquartileRange() {
        return upperQuartile - lowerQuartile;
    }
}
