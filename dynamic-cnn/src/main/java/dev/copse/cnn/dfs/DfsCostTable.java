package dev.copse.cnn.dfs;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.exec.ExecutionPlan;
import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * The exact BitOPs of one sample through a {@link DfsNetwork} for any set of decisions, from the same
 * per-layer cost rules the inference ledger uses: the fixed part (stem, the first block at full precision,
 * every gate step, the head) plus each gated block's chosen option (its shortcut when skipped). Used to log
 * the BitOPs of the decisions made during training without running inference.
 *
 * <p>Immutable.
 */
public final class DfsCostTable {

    private final long fixedBitOps;
    private final long[][] optionBitOps;   // [gated block][option]

    /** The table of {@code network}'s current structure. */
    public DfsCostTable(DfsNetwork network) {
        List<BasicBlock> blocks = network.backbone().blocks();
        CostLedger fixed = new CostLedger();
        network.backbone().stem().recordCost(fixed);
        blocks.getFirst().recordCost(fixed, ExecutionPlan.FULL);
        network.backbone().head().recordCost(fixed);
        BitwidthOptions options = network.options();
        int gated = blocks.size() - 1;
        optionBitOps = new long[gated][options.size()];
        for (int s = 0; s < gated; s++) {
            network.gate().recordCost(fixed, s);
            BasicBlock block = blocks.get(s + 1);
            for (int k = 0; k < options.size(); k++) {
                CostLedger option = new CostLedger();
                if (options.bits(k) == ExecutionPlan.SKIP) {
                    block.recordShortcutCost(option);
                } else {
                    block.recordCost(option, options.bits(k));
                }
                optionBitOps[s][k] = CostConventions.bitOps(option.snapshot());
            }
        }
        fixedBitOps = CostConventions.bitOps(fixed.snapshot());
    }

    /** BitOPs of one sample that every decision pays (stem, first block, gate, head). */
    public long fixedBitOps() {
        return fixedBitOps;
    }

    /** BitOPs of gated block {@code step} at option {@code k} for one sample. */
    public long optionBitOps(int step, int k) {
        return optionBitOps[step][k];
    }

    /** Mean BitOPs per sample of the counted decisions; NaN without samples. */
    public double meanBitOps(DecisionCounts decisions) {
        long samples = decisions.samples();
        if (samples == 0) {
            return Double.NaN;
        }
        double sum = 0;
        long[][] counts = decisions.counts();
        for (int s = 0; s < counts.length; s++) {
            for (int k = 0; k < counts[s].length; k++) {
                sum += (double) counts[s][k] * optionBitOps[s][k];
            }
        }
        return fixedBitOps + sum / samples;
    }
}
