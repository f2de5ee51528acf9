package dev.copse.cnn.dfs;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.model.Network;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A ResNet backbone with a {@link BitwidthGate} in front of every residual block but the first, as one
 * trainable {@link Network} that {@link dev.copse.cnn.train.CnnTrainer#fit} trains in each {@link DfsStage}.
 *
 * <p><b>Gated forward (training form).</b> For gated block {@code l} with input {@code x} every option is
 * computed on the whole batch, {@code o_0 = S(x)} (skip: the block's shortcut) and
 * {@code o_k = block_{b_k}(x)} (the block with conv1 and conv2 fake-quantized to {@code b_k} bits), and each
 * sample takes its chosen one: {@code y = sum_k m_k o_k} with the gate's one-hot {@code m}. Backward gives
 * the gate {@code dL/dm_k = <dL/dy, o_k>} per sample plus the budget term's share, straight through to the
 * probabilities. Every option runs on its own replica of the block (shared weights, batch norms and quantizer
 * ranges). This is training only: a trained {@link DfsModel} runs just the chosen branch.
 *
 * <p><b>(Copse)</b> All options of a block share one set of batch-norm layers; in training each option's
 * batch statistics update the shared running estimates in turn, full precision last.
 *
 * <p>What the stages change: {@link DfsStage#BACKBONE} runs the plain backbone and trains its parameters;
 * {@link DfsStage#GATES} runs gated and trains only the gate; {@link DfsStage#JOINT} trains both. The
 * {@link BudgetLoss} is added to the loss whose gradient {@link #backward} receives.
 *
 * <p>Not thread-safe.
 */
public final class DfsNetwork implements Network {

    private final ResNet backbone;
    private final BitwidthOptions options;
    private final BitwidthGate gate;
    private final int[] gatedBlocks;
    private final BasicBlock[][] branches;      // [gated block][option]
    private DfsStage stage = DfsStage.BACKBONE;
    private BudgetLoss budget;
    private double gateGradientScale = 1;

    private int batch;
    private final float[][][] optionOutputs;    // [gated][option] -> [batch][size], the last forward's
    private final float[][] mixed;              // [gated] -> [batch][size]
    private final int[][] choices;              // [gated][sample]
    private final float[][] gradProbabilities;  // [gated] -> [batch][K]
    private final float[][][] masked;           // [gated][option] -> gradient of the samples that chose it
    private final float[][] gradInputs;         // [gated] -> [batch][input size]
    private double batchCostSum;
    private final TrainingTally tally;

    /** A network whose backbone and gate arrays come from {@code source}. */
    public DfsNetwork(ResNetSpec spec, BitwidthOptions options, ParameterSource source) {
        this(spec.build(source), options, source);
    }

    private DfsNetwork(ResNet backbone, BitwidthOptions options, ParameterSource gateSource) {
        this(backbone, options, buildGate(backbone, options, gateSource));
    }

    private DfsNetwork(ResNet backbone, BitwidthOptions options, BitwidthGate gate) {
        List<BasicBlock> blocks = backbone.blocks();
        if (blocks.size() < 2) {
            throw new IllegalArgumentException("DFS needs a backbone with at least two residual blocks (the first is "
                    + "never gated), got " + blocks.size());
        }
        this.backbone = backbone;
        this.options = options;
        this.gate = gate;
        int gated = blocks.size() - 1;
        this.gatedBlocks = new int[gated];
        this.branches = new BasicBlock[gated][options.size()];
        for (int s = 0; s < gated; s++) {
            gatedBlocks[s] = s + 1;
            for (int k = 0; k < options.size(); k++) {
                branches[s][k] = blocks.get(s + 1).replica();
            }
        }
        this.optionOutputs = new float[gated][options.size()][];
        this.mixed = new float[gated][];
        this.choices = new int[gated][];
        this.gradProbabilities = new float[gated][];
        this.masked = new float[gated][options.size()][];
        this.gradInputs = new float[gated][];
        this.tally = new TrainingTally(options, gatedBlocks);
    }

    private static BitwidthGate buildGate(ResNet backbone, BitwidthOptions options, ParameterSource source) {
        List<TensorShape> inputs = new ArrayList<>();
        int[] indices = new int[backbone.blocks().size() - 1];
        for (int l = 1; l < backbone.blocks().size(); l++) {
            inputs.add(backbone.blocks().get(l).inputShape());
            indices[l - 1] = l;
        }
        return new BitwidthGate(inputs, indices, options.size(), source);
    }

    /** The backbone (its weights are the ones trained). */
    public ResNet backbone() {
        return backbone;
    }

    /** The gate. */
    public BitwidthGate gate() {
        return gate;
    }

    /** The options of every gated block. */
    public BitwidthOptions options() {
        return options;
    }

    /** The backbone index of each gated block (every block but the first). */
    public int[] gatedBlocks() {
        return gatedBlocks.clone();
    }

    /** The stage, which decides what runs and what trains. */
    public DfsStage stage() {
        return stage;
    }

    /**
     * Switches to {@code stage}; gated stages need a budget term.
     *
     * @throws IllegalArgumentException when a gated stage has no budget
     */
    public void setStage(DfsStage stage, BudgetLoss budget) {
        if (stage != DfsStage.BACKBONE && budget == null) {
            throw new IllegalArgumentException("the " + stage + " stage needs a budget loss");
        }
        this.stage = stage;
        this.budget = budget;
    }

    /**
     * Multiplies the gradient the gate receives by {@code scale} <b>(Copse)</b>. With SGD this is the gate's
     * learning rate relative to the backbone's, so that joint training can fine-tune the backbone gently while
     * the gate still moves; {@link dev.copse.cnn.train.CnnTrainer} has one learning rate for all parameters.
     *
     * @throws IllegalArgumentException unless {@code scale} is positive and finite
     */
    public void setGateGradientScale(double scale) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("gate gradient scale must be positive and finite, got " + scale);
        }
        this.gateGradientScale = scale;
    }

    @Override
    public ResNetSpec architecture() {
        return backbone.architecture();
    }

    @Override
    public float[] forward(float[] images, int batch, Mode mode) {
        if (stage == DfsStage.BACKBONE) {
            return backbone.forward(images, batch, mode);
        }
        this.batch = batch;
        float[] x = backbone.stem().forward(images, batch, mode);
        x = backbone.blocks().getFirst().forward(x, batch, mode);
        gate.reset(batch);
        batchCostSum = 0;
        int kCount = options.size();
        for (int s = 0; s < gatedBlocks.length; s++) {
            float[] probabilities = gate.step(x, mode);
            if (choices[s] == null || choices[s].length < batch) {
                choices[s] = new int[batch];
            }
            for (int n = 0; n < batch; n++) {
                int k = BitwidthGate.argmax(probabilities, n * kCount, kCount);
                choices[s][n] = k;
                batchCostSum += options.cost(k);
                if (mode == Mode.TRAIN) {
                    tally.decision(s, k);
                }
            }
            x = mix(s, x, mode);
        }
        return backbone.head().forward(x, batch, mode);
    }

    private float[] mix(int s, float[] x, Mode mode) {
        int size = branches[s][0].outputShape().size();
        for (int k = 0; k < options.size(); k++) {
            int bits = options.bits(k);
            optionOutputs[s][k] = bits == 0 ? branches[s][k].shortcut(x, batch, mode)
                    : branches[s][k].forward(x, batch, mode, bits);
        }
        mixed[s] = Buffers.ensure(mixed[s], (long) batch * size);
        for (int n = 0; n < batch; n++) {
            System.arraycopy(optionOutputs[s][choices[s][n]], n * size, mixed[s], n * size, size);
        }
        return mixed[s];
    }

    @Override
    public void backward(float[] gradLogits) {
        if (stage == DfsStage.BACKBONE) {
            backbone.backward(gradLogits);
            return;
        }
        float[] g = backbone.head().backward(gradLogits, true);
        int gated = gatedBlocks.length;
        double perCost = budget.gradientPerCost(batchCostSum, batch, gated);
        tally.budget(budget.value(batchCostSum, batch, gated));
        for (int s = gated - 1; s >= 0; s--) {
            gateGradient(s, g, perCost);
            g = branchesBackward(s, g);
        }
        g = backbone.blocks().getFirst().backward(g, true);
        backbone.stem().backward(g, false);
        gate.backward(gradProbabilities);
    }

    /** {@code dL/dp_k = <g_n, o_k,n> + perCost * cost(k)} for every sample {@code n} and option {@code k}. */
    private void gateGradient(int s, float[] g, double perCost) {
        int kCount = options.size();
        int size = branches[s][0].outputShape().size();
        gradProbabilities[s] = Buffers.ensure(gradProbabilities[s], (long) batch * kCount);
        for (int n = 0; n < batch; n++) {
            for (int k = 0; k < kCount; k++) {
                float[] o = optionOutputs[s][k];
                double dot = 0;
                for (int i = n * size, end = i + size; i < end; i++) {
                    dot += (double) g[i] * o[i];
                }
                gradProbabilities[s][n * kCount + k] = (float) (gateGradientScale * (dot + perCost * options.cost(k)));
            }
        }
    }

    /** Back-propagates each option's share (the gradient of the samples that chose it) and sums them. */
    private float[] branchesBackward(int s, float[] g) {
        int size = branches[s][0].outputShape().size();
        int inSize = branches[s][0].inputShape().size();
        gradInputs[s] = Buffers.ensure(gradInputs[s], (long) batch * inSize);
        float[] sum = gradInputs[s];
        Arrays.fill(sum, 0, batch * inSize, 0f);
        for (int k = 0; k < options.size(); k++) {
            float[] share = masked[s][k] = Buffers.ensure(masked[s][k], (long) batch * size);
            boolean any = false;
            for (int n = 0; n < batch; n++) {
                boolean chosen = choices[s][n] == k;
                any |= chosen;
                if (chosen) {
                    System.arraycopy(g, n * size, share, n * size, size);
                } else {
                    Arrays.fill(share, n * size, (n + 1) * size, 0f);
                }
            }
            if (!any) {
                continue;
            }
            float[] d = options.bits(k) == 0 ? branches[s][k].shortcutBackward(share, true)
                    : branches[s][k].backward(share, true);
            for (int i = 0, end = batch * inSize; i < end; i++) {
                sum[i] += d[i];
            }
        }
        return sum;
    }

    /**
     * The decisions of the last gated forward, option indices {@code [sample][gated block]} (a fresh array).
     *
     * @throws IllegalStateException when the last forward was not gated
     */
    public int[][] lastChoices() {
        if (stage == DfsStage.BACKBONE || choices[0] == null) {
            throw new IllegalStateException("no gated forward has run");
        }
        int[][] result = new int[batch][gatedBlocks.length];
        for (int n = 0; n < batch; n++) {
            for (int s = 0; s < gatedBlocks.length; s++) {
                result[n][s] = choices[s][n];
            }
        }
        return result;
    }

    /** The decisions counted over training-mode forwards since the last call, and clears the count. */
    public DecisionCounts takeTrainingDecisions() {
        return tally.takeDecisions();
    }

    /** The mean budget term over the backward passes since the last call (NaN when none), and clears it. */
    public double takeMeanBudgetLoss() {
        return tally.takeMeanBudget();
    }

    /** The parameters the current stage trains: the backbone's, the gate's, or both. */
    @Override
    public List<Parameter> parameters() {
        return switch (stage) {
            case BACKBONE -> backbone.parameters();
            case GATES -> gate.parameters();
            case JOINT -> allParameters();
        };
    }

    /** Every parameter of backbone and gate, whatever the stage: what a model file holds. */
    public List<Parameter> allParameters() {
        List<Parameter> all = new ArrayList<>(backbone.parameters());
        all.addAll(gate.parameters());
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        return backbone.runningStates();
    }

    /** The cost of one image through the whole backbone at full precision, without the gate. */
    @Override
    public void recordCost(CostLedger ledger) {
        backbone.recordCost(ledger);
    }

    @Override
    public DfsNetwork replica() {
        DfsNetwork copy = new DfsNetwork(backbone.replica(), options, gate.replica());
        copy.setStage(stage, budget);
        copy.gateGradientScale = gateGradientScale;
        return copy;
    }
}
