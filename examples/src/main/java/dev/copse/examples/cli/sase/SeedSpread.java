package dev.copse.examples.cli.sase;

import java.util.List;

/**
 * One measurement of one model variant over several seeds (a test accuracy, a Fréchet distance), its mean
 * and its spread (the sample standard deviation, 0 for a single seed), and the rule that compares two
 * variants: a difference of means smaller than the larger of the two spreads is a tie, not a win.
 *
 * @param values one value per seed, at least one
 */
public record SeedSpread(List<Double> values) {

    /** The outcome of comparing one variant with another. */
    public enum Verdict { WIN, TIE, LOSS }

    /** @throws IllegalArgumentException when there is no value */
    public SeedSpread {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a seed spread needs at least one value");
        }
    }

    /** The mean over the seeds. */
    public double mean() {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The sample standard deviation ({@code n - 1} in the denominator); 0 for one seed. */
    public double spread() {
        int n = values.size();
        if (n < 2) {
            return 0;
        }
        double mean = mean();
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (n - 1));
    }

    /**
     * How this variant compares with {@code other}: a win or a loss only when the means differ by at least
     * the larger spread, a tie otherwise. With one seed each the spread is 0 and any difference counts,
     * which is why the benchmarks ask for several seeds.
     *
     * @param higherIsBetter true for an accuracy, false for a distance
     */
    public Verdict against(SeedSpread other, boolean higherIsBetter) {
        double difference = mean() - other.mean();
        if (Math.abs(difference) < Math.max(spread(), other.spread()) || difference == 0) {
            return Verdict.TIE;
        }
        return (difference > 0) == higherIsBetter ? Verdict.WIN : Verdict.LOSS;
    }
}
