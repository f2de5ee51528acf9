package dev.copse.cnn.dfs;

import java.util.Arrays;

/**
 * What a {@link DfsNetwork} counts during training until someone takes it: the decisions of its
 * training-mode forward passes and the budget term of its backward passes. Not thread-safe.
 */
final class TrainingTally {

    private final BitwidthOptions options;
    private final int[] blocks;
    private final long[][] counts;    // [gated block][option]
    private double budgetSum;
    private long budgetBatches;

    TrainingTally(BitwidthOptions options, int[] blocks) {
        this.options = options;
        this.blocks = blocks.clone();
        this.counts = new long[blocks.length][options.size()];
    }

    void decision(int step, int option) {
        counts[step][option]++;
    }

    void budget(double value) {
        budgetSum += value;
        budgetBatches++;
    }

    /** The decisions counted since the last call, then cleared. */
    DecisionCounts takeDecisions() {
        DecisionCounts result = new DecisionCounts(options, blocks, counts);
        for (long[] row : counts) {
            Arrays.fill(row, 0);
        }
        return result;
    }

    /** The mean budget term since the last call (NaN when none), then cleared. */
    double takeMeanBudget() {
        double mean = budgetBatches == 0 ? Double.NaN : budgetSum / budgetBatches;
        budgetSum = 0;
        budgetBatches = 0;
        return mean;
    }
}
