package dev.copse.cnn.exec;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.SampleParallelInference;
import dev.copse.core.parallel.WorkerPool;
import dev.copse.efficiency.cost.CostLedger;

/**
 * Inference through a ResNet with a decision per sample and per residual block: skip the block (only its
 * shortcut runs), or run it at a chosen bitwidth ({@link ExecutionPlan}). Decisions may be known up front
 * ({@link #run}) or made block by block from the features so far ({@link #start}, {@link Run#block},
 * {@link Run#finish}), which is how a gate that reads block {@code l-1}'s output decides block {@code l}.
 *
 * <p><b>Skipped work is not computed.</b> Each sample runs on its own, as a batch of one: a skipped sample
 * never enters the block's convolutions, and a sample at {@code b} bits runs the block with weights and
 * activations fake-quantized to {@code b} bits. The samples of a batch are spread over the threads of the
 * shared {@link WorkerPool}, each with a replica of the network. Running sample by sample was measured
 * faster than grouping the samples by decision and running each group as a smaller batch, because one
 * sample's activations stay in cache from layer to layer (see {@link SampleParallelInference}); on the
 * project's 2-core machine, for ResNet-8 with random decisions among skip, 8 and 32 bits, 1,215 against 909
 * images/s on two threads and 1,607 against 1,312 on one (2026-11-28, under load from other processes).
 *
 * <p><b>Cost.</b> Every layer that runs adds its per-sample cost to that sample's {@link CostLedger} (MACs at
 * their operand bitwidths, other arithmetic, parameter bytes read and activation bytes moved; see
 * {@link dev.copse.cnn.layer.Layer#recordCost}), so a ledger holds exactly the work done for its sample.
 *
 * <p><b>Results.</b> A sample's output does not depend on the other samples of its batch nor on the thread
 * count: batch normalisation uses running statistics and every layer computes a sample on its own.
 *
 * <p>Not thread-safe: one run at a time; it owns replicas of the network and their buffers.
 */
public final class ResNetExecutor {

    private final ResNet network;
    private final ResNet[] replicas;
    private final float[][] scratch;
    private final TensorShape[] blockInputs;
    private final Run run = new Run();
    private float[] ping;
    private float[] pong;
    private float[] logits;

    /** An executor over a copy of the model's network. */
    public ResNetExecutor(ResNetModel model) {
        this(model.newNetwork());
    }

    /**
     * An executor over replicas of {@code network}: they share its weights (and see later changes to them)
     * but not its buffers.
     */
    public ResNetExecutor(ResNet network) {
        this.network = network;
        int threads = WorkerPool.shared().threads();
        this.replicas = new ResNet[threads];
        this.scratch = new float[threads][];
        int largest = network.inputShape().size();
        for (BasicBlock block : network.blocks()) {
            largest = Math.max(largest, Math.max(block.inputShape().size(), block.outputShape().size()));
        }
        for (int t = 0; t < threads; t++) {
            replicas[t] = network.replica();
            scratch[t] = new float[largest];
        }
        this.blockInputs = network.blocks().stream().map(BasicBlock::inputShape).toArray(TensorShape[]::new);
    }

    /** Number of residual blocks, the width of an {@link ExecutionPlan}. */
    public int blocks() {
        return blockInputs.length;
    }

    /** The network whose weights this executor runs. */
    public ResNet network() {
        return network;
    }

    /** Logits of {@code batch} images at full precision, every block run; a buffer owned by the executor. */
    public float[] logits(float[] images, int batch) {
        check(images, batch, null);
        return runAll(images, batch, null, null);
    }

    /**
     * Runs {@code batch} images under {@code plan} and returns their logits {@code [batch][classes]} (a buffer
     * owned by the executor, valid until its next use).
     *
     * @param ledgers one ledger per sample to add the realised cost to, or null
     * @throws IllegalArgumentException when the plan, the images or the ledgers do not match the batch
     */
    public float[] run(float[] images, int batch, ExecutionPlan plan, CostLedger[] ledgers) {
        if (plan.samples() != batch || plan.blocks() != blocks()) {
            throw new IllegalArgumentException("the plan is for " + plan.samples() + " samples x " + plan.blocks()
                    + " blocks, but the batch has " + batch + " samples and the network " + blocks() + " blocks");
        }
        check(images, batch, ledgers);
        return runAll(images, batch, plan, ledgers);
    }

    /** Every sample end to end under {@code plan} (null: every block at full precision). */
    private float[] runAll(float[] images, int batch, ExecutionPlan plan, CostLedger[] ledgers) {
        int size = network.inputShape().size();
        int classes = network.classes();
        logits = Buffers.ensure(logits, (long) batch * classes);
        float[] out = logits;
        forEachSample(batch, (replica, input, n) -> {
            System.arraycopy(images, n * size, input, 0, size);
            CostLedger ledger = ledgers == null ? null : ledgers[n];
            float[] x = replica.stem().forward(input, 1, Mode.EVAL);
            if (ledger != null) {
                replica.stem().recordCost(ledger);
            }
            for (int l = 0; l < blockInputs.length; l++) {
                int bits = plan == null ? ExecutionPlan.FULL : plan.bits(n, l);
                x = runBlock(replica.blocks().get(l), x, bits, ledger);
            }
            if (ledger != null) {
                replica.head().recordCost(ledger);
            }
            System.arraycopy(replica.head().forward(x, 1, Mode.EVAL), 0, out, n * classes, classes);
        });
        return logits;
    }

    /**
     * Runs the stem on {@code batch} images and returns the run, positioned before block 0.
     *
     * @param ledgers one ledger per sample, or null
     * @throws IllegalArgumentException when the images or the ledgers do not match the batch
     */
    public Run start(float[] images, int batch, CostLedger[] ledgers) {
        check(images, batch, ledgers);
        run.begin(images, batch, ledgers);
        return run;
    }

    private void check(float[] images, int batch, CostLedger[] ledgers) {
        Buffers.checkInput("ResNetExecutor", images, batch, network.inputShape().size());
        if (ledgers != null && ledgers.length < batch) {
            throw new IllegalArgumentException(ledgers.length + " ledgers for a batch of " + batch);
        }
    }

    /** One sample through one block at {@code bits} ({@link ExecutionPlan#SKIP}: the shortcut alone). */
    private static float[] runBlock(BasicBlock block, float[] x, int bits, CostLedger ledger) {
        if (bits == ExecutionPlan.SKIP) {
            if (ledger != null) {
                block.recordShortcutCost(ledger);
            }
            return block.shortcut(x, 1, Mode.EVAL);
        }
        if (ledger != null) {
            block.recordCost(ledger, bits);
        }
        return block.forward(x, 1, Mode.EVAL, bits);
    }

    /** The work for one sample, on the replica and input scratch of the thread that runs it. */
    @FunctionalInterface
    private interface SampleTask {
        void run(ResNet replica, float[] scratch, int sample);
    }

    /** Runs {@code task} for every sample, the batch cut into one contiguous share per replica. */
    private void forEachSample(int batch, SampleTask task) {
        int tasks = Math.min(batch, replicas.length);
        WorkerPool.shared().forEach(tasks, t -> {
            int from = (int) ((long) batch * t / tasks);
            int to = (int) ((long) batch * (t + 1) / tasks);
            for (int n = from; n < to; n++) {
                task.run(replicas[t], scratch[t], n);
            }
        });
    }

    /**
     * One pass through the network, block by block, for gates that decide each block from the features
     * before it. Obtained from {@link #start}; reused by the next start.
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
            int in = network.inputShape().size();
            int out = blockInputs.length > 0 ? blockInputs[0].size() : network.head().inputShape().size();
            features = ping = Buffers.ensure(ping, (long) batch * out);
            float[] target = features;
            forEachSample(batch, (replica, input, n) -> {
                System.arraycopy(images, n * in, input, 0, in);
                System.arraycopy(replica.stem().forward(input, 1, Mode.EVAL), 0, target, n * out, out);
                if (ledgers != null) {
                    replica.stem().recordCost(ledgers[n]);
                }
            });
        }

        /** Index of the block the next {@link #block} call runs. */
        public int nextBlock() {
            return next;
        }

        /**
         * The current features, {@code [batch][featureShape()]}: the stem's or the last block's output (a
         * buffer owned by the executor, valid until the next call on this run).
         */
        public float[] features() {
            return features;
        }

        /** The shape of one sample of {@link #features()}. */
        public TensorShape featureShape() {
            return next < blocks() ? blockInputs[next] : network.head().inputShape();
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
            int in = blockInputs[index].size();
            int out = network.blocks().get(index).outputShape().size();
            float[] source = features;
            float[] target = features == ping ? (pong = Buffers.ensure(pong, (long) batch * out))
                    : (ping = Buffers.ensure(ping, (long) batch * out));
            forEachSample(batch, (replica, input, n) -> {
                System.arraycopy(source, n * in, input, 0, in);
                float[] y = runBlock(replica.blocks().get(index), input, bits[n], ledgers == null ? null : ledgers[n]);
                System.arraycopy(y, 0, target, n * out, out);
            });
            features = target;
            next++;
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
            int in = network.head().inputShape().size();
            int classes = network.classes();
            logits = Buffers.ensure(logits, (long) batch * classes);
            float[] source = features;
            float[] out = logits;
            forEachSample(batch, (replica, input, n) -> {
                System.arraycopy(source, n * in, input, 0, in);
                System.arraycopy(replica.head().forward(input, 1, Mode.EVAL), 0, out, n * classes, classes);
                if (ledgers != null) {
                    replica.head().recordCost(ledgers[n]);
                }
            });
            return logits;
        }
    }
}
