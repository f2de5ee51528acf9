package dev.copse.efficiency.summary;

import java.util.Arrays;

/**
 * Summary statistics of a sample of finite values.
 *
 * <p>Percentiles use the <b>nearest-rank</b> definition: the P-th percentile of n values sorted ascending
 * is the value at 1-based rank ⌈P·n/100⌉. It is always one of the observed values, and for the values
 * 1, 2, ..., 100 the median is 50, p90 is 90 and p99 is 99. The median is the 50th percentile under the
 * same rule (so it is not the average of the two middle values when n is even).
 *
 * @param count  number of values, at least 1
 * @param mean   arithmetic mean (compensated summation)
 * @param median 50th percentile
 * @param p90    90th percentile
 * @param p99    99th percentile
 * @param max    largest value
 */
public record Distribution(int count, double mean, double median, double p90, double p99, double max) {

    public Distribution {
        if (count < 1) {
            throw new IllegalArgumentException("a distribution needs at least one value, got count " + count);
        }
        if (!Double.isFinite(mean) || !Double.isFinite(max) || !(median <= p90 && p90 <= p99 && p99 <= max)) {
            throw new IllegalArgumentException("distribution statistics must be finite with"
                    + " median <= p90 <= p99 <= max, got median " + median + ", p90 " + p90 + ", p99 " + p99 + ", max " + max);
        }
    }

    /** The distribution of {@code values} (not modified); throws for an empty array or non-finite values. */
    public static Distribution of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("cannot summarise zero values");
        }
        double[] sorted = values.clone();
        double sum = 0;
        double compensation = 0;
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("cannot summarise a non-finite value: " + v);
            }
            // Neumaier's compensated sum: the mean of a million counts stays exact to the last bit or two.
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        Arrays.sort(sorted);
        return new Distribution(sorted.length, (sum + compensation) / sorted.length,
                nearestRank(sorted, 50), nearestRank(sorted, 90), nearestRank(sorted, 99), sorted[sorted.length - 1]);
    }

    /** The nearest-rank {@code percent}-th percentile (1..100) of ascending, non-empty {@code sorted}. */
    public static double nearestRank(double[] sorted, int percent) {
        if (percent < 1 || percent > 100 || sorted.length == 0) {
            throw new IllegalArgumentException("need percent in [1, 100] and values, got percent " + percent
                    + " over " + sorted.length + " values");
        }
        long rank = Math.ceilDiv((long) percent * sorted.length, 100L);
        return sorted[(int) rank - 1];
    }
}
