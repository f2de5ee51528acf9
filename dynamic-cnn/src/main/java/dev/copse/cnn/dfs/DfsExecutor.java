package dev.copse.cnn.dfs;

import dev.copse.cnn.exec.ExecutionPlan;
import dev.copse.cnn.exec.ResNetExecutor;
import dev.copse.cnn.layer.Mode;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;

/**
 * DFS inference: the gate decides each block from the previous block's output, and only the chosen branch
 * runs, sample by sample, through the substrate's {@link ResNetExecutor} (a skipped block runs its shortcut
 * alone; a block at {@code b} bits runs with conv1 and conv2 fake-quantized to {@code b} bits). The first
 * block always runs at full precision.
 *
 * <p><b>Cost.</b> Each sample's {@link CostLedger} receives exactly the layers that ran for it (stem, blocks
 * at their bitwidths or shortcuts, head) plus every gate step, all float32 in the gate. Fake quantization
 * runs in float here, so a low-bitwidth branch saves BitOPs in the ledger but no wall-clock time; skipped
 * blocks save both.
 *
 * <p>Not thread-safe: one run at a time (the executor spreads each run over the shared worker pool).
 */
public final class DfsExecutor {

    private final DfsNetwork network;
    private final ResNetExecutor executor;

    /** An executor over {@code network}'s weights, which it reads and never changes. */
    public DfsExecutor(DfsNetwork network) {
        this.network = network;
        this.executor = new ResNetExecutor(network.backbone());
    }

    /** The result of one batch: logits {@code [batch][classes]}, option indices {@code [sample][gated block]}. */
    public record Result(float[] logits, int[][] choices) {
    }

    /**
     * Runs {@code batch} images, the gate choosing every gated block.
     *
     * @param ledgers one ledger per sample to add the realised cost to, or null
     */
    public Result run(float[] images, int batch, CostLedger[] ledgers) {
        return run(images, batch, null, ledgers);
    }

    /**
     * Runs {@code batch} images with the decisions forced to {@code forced} (option indices
     * {@code [sample][gated block]}; null lets the gate decide). The gate still runs and is counted, so a
     * forced run costs what a gated run with the same decisions costs.
     *
     * @throws IllegalArgumentException when {@code forced} does not match the batch, the gated blocks or the
     *                                  options
     */
    public Result run(float[] images, int batch, int[][] forced, CostLedger[] ledgers) {
        int gated = network.gatedBlocks().length;
        BitwidthOptions options = network.options();
        if (forced != null) {
            checkForced(forced, batch, gated, options.size());
        }
        ResNetExecutor.Run run = executor.start(images, batch, ledgers);
        int[] bits = new int[batch];
        Arrays.fill(bits, ExecutionPlan.FULL);
        run.block(0, bits);
        BitwidthGate gate = network.gate();
        gate.reset(batch);
        int[][] choices = new int[batch][gated];
        int k = options.size();
        for (int s = 0; s < gated; s++) {
            float[] probabilities = gate.step(run.features(), Mode.EVAL);
            for (int n = 0; n < batch; n++) {
                int choice = forced != null ? forced[n][s] : BitwidthGate.argmax(probabilities, n * k, k);
                choices[n][s] = choice;
                bits[n] = options.bits(choice);
                if (ledgers != null) {
                    gate.recordCost(ledgers[n], s);
                }
            }
            run.block(s + 1, bits);
        }
        return new Result(run.finish().clone(), choices);
    }

    private static void checkForced(int[][] forced, int batch, int gated, int options) {
        if (forced.length < batch) {
            throw new IllegalArgumentException(forced.length + " forced decision rows for a batch of " + batch);
        }
        for (int n = 0; n < batch; n++) {
            if (forced[n].length != gated) {
                throw new IllegalArgumentException("forced decision row " + n + " has " + forced[n].length
                        + " entries for " + gated + " gated blocks");
            }
            for (int choice : forced[n]) {
                if (choice < 0 || choice >= options) {
                    throw new IllegalArgumentException("forced decision " + choice + " is not an option index in [0, "
                            + options + ")");
                }
            }
        }
    }
}
