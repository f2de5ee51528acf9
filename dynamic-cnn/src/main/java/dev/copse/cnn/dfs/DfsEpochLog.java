package dev.copse.cnn.dfs;

import dev.copse.core.json.JsonObject;

/**
 * One epoch of a gated DFS training stage: the computation percentage and the exact mean BitOPs per image of
 * the decisions the gate made on the training batches, and the mean budget term.
 *
 * @param stage      {@link DfsStage#GATES} or {@link DfsStage#JOINT}
 * @param epoch      the epoch within the stage, from 1
 * @param cp         computation percentage of the epoch's training decisions
 * @param meanBitOps mean BitOPs per training image under those decisions ({@link DfsCostTable})
 * @param budgetLoss mean budget term per step
 * @param decisions  the epoch's per-block decision histogram
 */
public record DfsEpochLog(DfsStage stage, int epoch, double cp, double meanBitOps, double budgetLoss,
                          DecisionCounts decisions) {

    /** The log as JSON for a model file's training header. */
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("stage", stage.name().toLowerCase(java.util.Locale.ROOT))
                .put("epoch", epoch)
                .put("cp", cp)
                .put("mean_bitops", meanBitOps)
                .put("budget_loss", budgetLoss)
                .build();
    }
}
