package dev.copse.examples.cli.sase;

import java.util.List;

/**
 * The test accuracies of one model variant over several seeds, their mean and their spread (the sample
 * standard deviation, 0 for a single seed), and the rule that compares two variants: a difference of means
 * smaller than the larger of the two spreads is a tie, not a win.
 *
 * @param accuracies one accuracy in [0, 1] per seed, at least one
 */
public record AccuracySpread(List<Double> accuracies) {

    /** The outcome of comparing one variant with another. */
    public enum Verdict { WIN, TIE, LOSS }

    /** @throws IllegalArgumentException when there is no accuracy */
    public AccuracySpread {
        accuracies = List.copyOf(accuracies);
        if (accuracies.isEmpty()) {
            throw new IllegalArgumentException("an accuracy spread needs at least one accuracy");
        }
    }

    /** The mean accuracy. */
    public double mean() {
        return accuracies.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The sample standard deviation of the accuracies ({@code n - 1} in the denominator); 0 for one seed. */
    public double spread() {
        int n = accuracies.size();
        if (n < 2) {
            return 0;
        }
        double mean = mean();
        double squares = 0;
        for (double a : accuracies) {
            squares += (a - mean) * (a - mean);
        }
        return Math.sqrt(squares / (n - 1));
    }

    /**
     * How this variant compares with {@code other}: a win or a loss only when the means differ by at least
     * the larger spread, a tie otherwise. With one seed each the spread is 0 and any difference counts,
     * which is why the benchmark asks for several seeds.
     */
    public Verdict against(AccuracySpread other) {
        double difference = mean() - other.mean();
        if (Math.abs(difference) < Math.max(spread(), other.spread()) || difference == 0) {
            return Verdict.TIE;
        }
        return difference > 0 ? Verdict.WIN : Verdict.LOSS;
    }
}
