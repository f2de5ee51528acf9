package dev.copse.efficiency.report;

import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.summary.CostSummary;
import dev.copse.efficiency.summary.MeasuredLatency;
import java.util.Optional;

/**
 * One model in a {@link ComplexityReport}.
 *
 * @param model      the model's name: one line, not blank
 * @param accuracy   test accuracy as a fraction in [0, 1]
 * @param staticCost what the model costs to hold
 * @param cost       per-input expected or realised cost over the evaluation set
 * @param latency    measured time per input, when it was measured
 */
public record ComplexityRow(String model, double accuracy, StaticCost staticCost, CostSummary cost,
                            Optional<MeasuredLatency> latency) {

    public ComplexityRow {
        if (model == null || model.isBlank() || model.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("model name must be one non-blank line, got \"" + model + "\"");
        }
        if (!(accuracy >= 0 && accuracy <= 1)) {
            throw new IllegalArgumentException("accuracy of " + model + " must be a fraction in [0, 1], got "
                    + accuracy);
        }
        if (staticCost == null || cost == null || latency == null) {
            throw new IllegalArgumentException("row " + model + " needs a static cost, a cost summary and a latency"
                    + " (Optional.empty() when not measured)");
        }
    }

    /** A row without measured latency. */
    public static ComplexityRow of(String model, double accuracy, StaticCost staticCost, CostSummary cost) {
        return new ComplexityRow(model, accuracy, staticCost, cost, Optional.empty());
    }

    /** A row with measured latency. */
    public static ComplexityRow of(String model, double accuracy, StaticCost staticCost, CostSummary cost,
                                   MeasuredLatency latency) {
        return new ComplexityRow(model, accuracy, staticCost, cost, Optional.of(latency));
    }
}
