package dev.copse.cnn.dfs;

import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostConventions;

/**
 * What a {@link DfsModel} did on a dataset: its predictions, every sample's decisions, realised cost and
 * computation percentage, and the aggregates a report needs.
 *
 * @param predicted  the predicted class of each sample
 * @param accuracy   fraction of samples predicted right
 * @param choices    option indices {@code [sample][gated block]}
 * @param costs      each sample's realised cost (the ledger of its inference, gate included)
 * @param decisions  the per-block decision histogram
 */
public record DfsEvaluation(int[] predicted, double accuracy, int[][] choices, Cost[] costs,
                            DecisionCounts decisions) {

    /** Computation percentage over the whole dataset (METHODS.md section 5). */
    public double computationPercentage() {
        return decisions.computationPercentage();
    }

    /** One sample's computation percentage: 100 times the mean cost of its chosen options. */
    public double computationPercentage(int sample) {
        return decisions.options().computationPercentage(new int[][] {choices[sample]});
    }

    /** Mean realised BitOPs per sample. */
    public double meanBitOps() {
        double sum = 0;
        for (Cost cost : costs) {
            sum += CostConventions.bitOps(cost);
        }
        return sum / costs.length;
    }

    /** Mean realised multiply-accumulates per sample (any bitwidth). */
    public double meanMacs() {
        double sum = 0;
        for (Cost cost : costs) {
            sum += cost.totalMacs();
        }
        return sum / costs.length;
    }
}
