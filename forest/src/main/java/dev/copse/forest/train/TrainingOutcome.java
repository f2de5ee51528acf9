package dev.copse.forest.train;

import dev.copse.forest.soft.SoftForest;
import java.util.List;

/**
 * Everything one training run produced.
 *
 * @param full      the trained forest before finalisation: every node of the complete trees, soft leafness
 * @param finalised the forest after finalisation (and fine-tuning, if any): the model to use
 * @param history   one record per epoch of every phase, in order
 */
public record TrainingOutcome(SoftForest full, SoftForest finalised, List<EpochRecord> history) {

    public TrainingOutcome {
        history = List.copyOf(history);
    }
}
