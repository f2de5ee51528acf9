package dev.copse.cascade.grow;

/**
 * The growth rule of the cascade: levels are added while the validation score improves; after
 * {@code patience} levels in a row without a strict improvement over the best so far, growth stops and the
 * levels up to the best one are kept.
 *
 * <p>Mutable training state; not thread-safe.
 */
final class EarlyStopping {

    private final ValidationMetric metric;
    private final int patience;
    private int levels;
    private int bestLevel = -1;
    private double bestScore;

    EarlyStopping(ValidationMetric metric, int patience) {
        this.metric = metric;
        this.patience = patience;
    }

    /** Records the score of the next level; true when growth should stop now. */
    boolean record(double score) {
        if (bestLevel < 0 || metric.improves(score, bestScore)) {
            bestLevel = levels;
            bestScore = score;
        }
        levels++;
        return levels - 1 - bestLevel >= patience;
    }

    /** The 0-based index of the best level so far; -1 before the first. */
    int bestLevel() {
        return bestLevel;
    }

    double bestScore() {
        return bestScore;
    }
}
