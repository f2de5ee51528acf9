package dev.copse.cascade.grow;

import java.util.List;

/**
 * How a cascade grew: one report per level trained (including the levels after the best, which were
 * dropped), how many were kept, and why growth stopped.
 *
 * @param metric      key of the validation metric
 * @param levels      every level trained, in order
 * @param keptLevels  levels in the model: those up to the best validation score
 * @param stopReason  why growth stopped, for people
 * @param scanSeconds wall-clock time of multi-grained scanning (0 without), measured and noisy
 * @param seconds     wall-clock time of the whole fit
 */
public record CascadeReport(String metric, List<LevelReport> levels, int keptLevels, String stopReason,
                            double scanSeconds, double seconds) {

    public CascadeReport {
        levels = List.copyOf(levels);
        if (keptLevels < 1 || keptLevels > levels.size()) {
            throw new IllegalArgumentException("kept levels " + keptLevels + " outside [1, " + levels.size() + "]");
        }
    }

    /** The report of the last kept level, whose score is the model's. */
    public LevelReport best() {
        return levels.get(keptLevels - 1);
    }
}
