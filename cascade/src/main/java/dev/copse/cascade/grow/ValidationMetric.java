package dev.copse.cascade.grow;

/**
 * How the cascade scores a level on the validation rows, and which way is better. Implementations are
 * immutable and thread-safe.
 */
public interface ValidationMetric {

    /** Share of rows whose most probable class (the lowest on ties) is the label; higher is better. */
    ValidationMetric ACCURACY = StandardMetric.ACCURACY;

    /**
     * Mean negative log-probability of the label, {@code -(1/n) sum_i ln max(p_i,y_i, 1e-15)} (cross-entropy;
     * the clip keeps a zero probability finite, as scikit-learn's {@code log_loss} clipped); lower is better.
     */
    ValidationMetric LOG_LOSS = StandardMetric.LOG_LOSS;

    /** A short lower-case key for reports, e.g. {@code "accuracy"}. */
    String key();

    /**
     * The score of class probabilities {@code proba} ({@code [n][C]} row-major) against {@code labels}.
     *
     * @throws IllegalArgumentException if the sizes disagree or there are no rows
     */
    double score(float[] proba, int[] labels, int numClasses);

    /** True when {@code candidate} is strictly better than {@code best}. */
    boolean improves(double candidate, double best);
}
