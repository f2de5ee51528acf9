package dev.copse.cnn.exec;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;

/**
 * Inference through a ResNet with a decision per sample and per residual block: skip the block (only its
 * shortcut runs), or run it at a chosen bitwidth ({@link ExecutionPlan}). Decisions may be made block by
 * block from the features so far ({@link #start}, {@link Run#block}, {@link Run#finish}), which is how a gate
 * that reads block {@code l-1}'s output decides block {@code l}.
 *
 * <p><b>Skipped work is not computed.</b> At each block the samples are grouped by decision and each group
 * runs as a smaller batch of its own: a skipped sample never enters the block's convolutions, and a group at
 * {@code b} bits runs the block with weights and activations fake-quantized to {@code b} bits. Grouping was
 * measured faster than running sample by sample (the per-sample path is the same code with groups of one):
 * see the module's performance notes. When every sample makes the same choice the batch runs as it is, with
 * no copying.
 *
 * <p><b>Cost.</b> Every layer that runs adds its per-sample cost to that sample's {@link CostLedger} (MACs at
 * their operand bitwidths, other arithmetic, parameter bytes read and activation bytes moved; see
 * {@link dev.copse.cnn.layer.Layer#recordCost}), so a ledger holds exactly the work done for its sample.
 *
 * <p><b>Results.</b> A sample's output does not depend on which other samples share its batch or group: the
 * convolutions are computed per sample and batch normalisation uses running statistics.
 *
 * <p>Not thread-safe; it owns a replica of the network with its own buffers. One run at a time.
 */
public final class ResNetExecutor {

    private final ResNet network;
    private final TensorShape[] blockInputs;
    private final Run run = new Run();
    private float[] ping;
    private float[] pong;
    private float[] group;
    private int[] members;
    private boolean[] assigned;

    /** An executor over a copy of the model's network. */
    public ResNetExecutor(ResNetModel model) {
        this(model.newNetwork());
    }

    /**
     * An executor over a replica of {@code network}: it shares the weights (and sees later changes to them)
     * but not the buffers.
     */
    public ResNetExecutor(ResNet network) {
        this.network = network.replica();
        this.blockInputs = this.network.blocks().stream().map(BasicBlock::inputShape).toArray(TensorShape[]::new);
    }

    /** Number of residual blocks, the width of an {@link ExecutionPlan}. */
    public int blocks() {
        return blockInputs.length;
    }

    /** The network this executor runs (its own replica). */
    public ResNet network() {
        return network;
    }

    /** Logits of {@code batch} images at full precision, every block run; a buffer owned by the executor. */
    public float[] logits(float[] images, int batch) {
        return network.forward(images, batch, Mode.EVAL);
    }

    /**
     * Runs {@code batch} images under {@code plan} and returns their logits {@code [batch][classes]} (a buffer
     * owned by the executor, valid until its next use).
     *
     * @param ledgers one ledger per sample to add the realised cost to, or null
     * @throws IllegalArgumentException when the plan does not match the batch and the blocks
     */
    public float[] run(float[] images, int batch, ExecutionPlan plan, CostLedger[] ledgers) {
        if (plan.samples() != batch || plan.blocks() != blocks()) {
            throw new IllegalArgumentException("the plan is for " + plan.samples() + " samples x " + plan.blocks()
                    + " blocks, but the batch has " + batch + " samples and the network " + blocks() + " blocks");
        }
        Run r = start(images, batch, ledgers);
        for (int l = 0; l < blocks(); l++) {
            r.block(l, plan.block(l));
        }
        return r.finish();
    }

    /**
     * Runs the stem on {@code batch} images and returns the run, positioned before block 0.
     *
     * @param ledgers one ledger per sample, or null
     * @throws IllegalArgumentException when the input or the ledgers do not match the batch
     */
    public Run start(float[] images, int batch, CostLedger[] ledgers) {
        Buffers.checkInput("ResNetExecutor", images, batch, network.inputShape().size());
        if (ledgers != null && ledgers.length < batch) {
            throw new IllegalArgumentException(ledgers.length + " ledgers for a batch of " + batch);
        }
        run.begin(images, batch, ledgers);
        return run;
    }

    /**
     * One pass through the network, block by block. Obtained from {@link #start}; reused by the next start.
     */
    public final class Run {
        private int batch;
        private CostLedger[] ledgers;
        private float[] features;
        private int next;
        private boolean finished;

        private Run() {
        }

        private void begin(float[] images, int batch, CostLedger[] ledgers) {
            this.batch = batch;
            this.ledgers = ledgers;
            this.next = 0;
            this.finished = false;
            this.features = network.stem().forward(images, batch, Mode.EVAL);
            record(l -> network.stem().recordCost(l));
        }

        /** Index of the block the next {@link #block} call runs. */
        public int nextBlock() {
            return next;
        }

        /** The current features, {@code [batch][featureShape()]}: the stem's or the last block's output. */
        public float[] features() {
            return features;
        }

        /** The shape of one sample of {@link #features()}. */
        public TensorShape featureShape() {
            return next < blocks() ? blockInputs[next] : network.blocks().getLast().outputShape();
        }

        /**
         * Runs block {@link #nextBlock()} with a decision per sample.
         *
         * @param index the block, which must be {@link #nextBlock()}
         * @param bits  per sample {@link ExecutionPlan#SKIP} or a bitwidth in {@code [1, 32]}
         * @throws IllegalStateException    when blocks are run out of order or the run has finished
         * @throws IllegalArgumentException when a decision is invalid or {@code bits} is shorter than the batch
         */
        public void block(int index, int[] bits) {
            if (finished || index != next) {
                throw new IllegalStateException("block " + index + " requested, but the next block is "
                        + (finished ? "none (the run has finished)" : next));
            }
            if (bits.length < batch) {
                throw new IllegalArgumentException(bits.length + " decisions for a batch of " + batch);
            }
            for (int n = 0; n < batch; n++) {
                ExecutionPlan.checkDecision(bits[n]);
            }
            BasicBlock block = network.blocks().get(index);
            int first = bits[0];
            boolean uniform = true;
            for (int n = 1; n < batch && uniform; n++) {
                uniform = bits[n] == first;
            }
            features = uniform ? runWhole(block, first) : runGroups(block, bits);
            next++;
        }

        private float[] runWhole(BasicBlock block, int bits) {
            for (int n = 0; n < batch; n++) {
                recordBlock(block, bits, n);
            }
            return bits == ExecutionPlan.SKIP ? block.shortcut(features, batch, Mode.EVAL)
                    : block.forward(features, batch, Mode.EVAL, bits);
        }

        private float[] runGroups(BasicBlock block, int[] bits) {
            int in = block.inputShape().size();
            int out = block.outputShape().size();
            float[] target = features == ping ? (pong = Buffers.ensure(pong, (long) batch * out))
                    : (ping = Buffers.ensure(ping, (long) batch * out));
            if (members == null || members.length < batch) {
                members = new int[batch];
                assigned = new boolean[batch];
            }
            Arrays.fill(assigned, false);
            group = Buffers.ensure(group, (long) batch * in);
            for (int n = 0; n < batch; n++) {
                if (assigned[n]) {
                    continue;
                }
                int decision = bits[n];
                int size = 0;
                for (int m = n; m < batch; m++) {
                    if (!assigned[m] && bits[m] == decision) {
                        assigned[m] = true;
                        members[size] = m;
                        System.arraycopy(features, m * in, group, size * in, in);
                        size++;
                        recordBlock(block, decision, m);
                    }
                }
                float[] result = decision == ExecutionPlan.SKIP ? block.shortcut(group, size, Mode.EVAL)
                        : block.forward(group, size, Mode.EVAL, decision);
                for (int i = 0; i < size; i++) {
                    System.arraycopy(result, i * out, target, members[i] * out, out);
                }
            }
            return target;
        }

        private void recordBlock(BasicBlock block, int bits, int sample) {
            if (ledgers == null) {
                return;
            }
            if (bits == ExecutionPlan.SKIP) {
                block.recordShortcutCost(ledgers[sample]);
            } else {
                block.recordCost(ledgers[sample], bits);
            }
        }

        /**
         * Runs the head (pooling and classifier) after the last block and returns the logits
         * {@code [batch][classes]}, a buffer owned by the executor.
         *
         * @throws IllegalStateException when blocks remain or the run has already finished
         */
        public float[] finish() {
            if (finished || next != blocks()) {
                throw new IllegalStateException("finish() needs every block run exactly once; next block is " + next
                        + (finished ? " and the run has finished" : ""));
            }
            finished = true;
            record(l -> network.head().recordCost(l));
            return network.head().forward(features, batch, Mode.EVAL);
        }

        private void record(java.util.function.Consumer<CostLedger> cost) {
            if (ledgers != null) {
                Arrays.stream(ledgers, 0, batch).forEach(cost);
            }
        }
    }
}
