package dev.copse.cnn.block;

import dev.copse.cnn.layer.BatchNorm2d;
import dev.copse.cnn.layer.BatchParallel;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.quant.UniformQuantizer;
import dev.copse.core.kernel.Blas1;
import dev.copse.core.kernel.Elementwise;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * The residual basic block of He, Zhang, Ren and Sun ("Deep Residual Learning for Image Recognition", CVPR
 * 2016, figure 2 and section 4.2):
 * <pre>
 *   F(x)     = bn2(conv2(relu(bn1(conv1(x)))))       conv1: 3x3, stride s; conv2: 3x3, stride 1
 *   S(x)     = x                                     (identity, when s = 1 and channels agree)
 *            = bnS(convS(x))                         (projection, 1x1 stride s, otherwise: "option B")
 *   block(x) = relu(F(x) + S(x))
 * </pre>
 *
 * <p><b>Bitwidth per call.</b> {@link #forward(float[], int, Mode, int)} runs the block with conv1 and conv2
 * fake-quantized to the given bitwidth (weights and input activations); the projection shortcut stays at
 * full precision, since it is also the path a skipped block takes <b>(Copse)</b>. {@link #shortcut} runs
 * only {@code S(x)}: what a skipped block computes.
 *
 * <p><b>Excitation.</b> A block built with a {@link BranchExcitation} applies its layer {@code E} to the
 * residual branch, {@code block(x) = relu(E(F(x)) + S(x))} (squeeze-excitation, SASE); {@code E} always runs at
 * full precision.
 *
 * <p>Parameters are named {@code name.conv1.weight}, {@code name.bn1.weight}, ..., {@code name.shortcut.conv.weight},
 * {@code name.shortcut.bn.weight}.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class BasicBlock implements Layer {

    private final String name;
    private final TensorShape in;
    private final TensorShape out;
    private final Conv2d conv1;
    private final BatchNorm2d bn1;
    private final Conv2d conv2;
    private final BatchNorm2d bn2;
    private final Conv2d projection;
    private final BatchNorm2d projectionBn;
    private final Layer excitation;

    private int batch;
    private float[] output;
    private float[] gradSum;

    /**
     * @param name        qualified name prefix of the parameters
     * @param input       the shape of one input sample
     * @param outChannels channels of the output
     * @param stride      stride of conv1 (and of the projection), 1 or more
     * @throws IllegalArgumentException when the stride is below 1
     */
    public BasicBlock(String name, TensorShape input, int outChannels, int stride, ParameterSource source) {
        this(name, input, outChannels, stride, source, BranchExcitation.NONE);
    }

    /**
     * A block whose residual branch ends in the layer {@code excitation} makes (see the class description).
     *
     * @throws IllegalArgumentException when the stride is below 1 or the excitation layer changes the shape
     */
    public BasicBlock(String name, TensorShape input, int outChannels, int stride, ParameterSource source,
                      BranchExcitation excitation) {
        if (stride < 1) {
            throw new IllegalArgumentException(name + ": stride must be >= 1, got " + stride);
        }
        this.name = name;
        this.in = input;
        this.conv1 = new Conv2d(name + ".conv1", ConvSpec.square(input.channels(), outChannels, 3, stride, 1), input,
                source);
        TensorShape mid = conv1.outputShape();
        this.bn1 = BatchNorm2d.withRelu(name + ".bn1", mid, source);
        this.conv2 = new Conv2d(name + ".conv2", ConvSpec.square(outChannels, outChannels, 3, 1, 1), mid, source);
        this.bn2 = new BatchNorm2d(name + ".bn2", mid, source);
        this.out = mid;
        if (stride != 1 || input.channels() != outChannels) {
            this.projection = new Conv2d(name + ".shortcut.conv", ConvSpec.square(input.channels(), outChannels, 1,
                    stride, 0), input, source);
            this.projectionBn = new BatchNorm2d(name + ".shortcut.bn", mid, source);
        } else {
            this.projection = null;
            this.projectionBn = null;
        }
        this.excitation = excitation.create(name, mid, source);
        if (this.excitation != null && !(mid.equals(this.excitation.inputShape())
                && mid.equals(this.excitation.outputShape()))) {
            throw new IllegalArgumentException(name + ": the excitation layer must keep the shape " + mid);
        }
    }

    private BasicBlock(BasicBlock other) {
        this.name = other.name;
        this.in = other.in;
        this.out = other.out;
        this.conv1 = other.conv1.replica();
        this.bn1 = other.bn1.replica();
        this.conv2 = other.conv2.replica();
        this.bn2 = other.bn2.replica();
        this.projection = other.projection == null ? null : other.projection.replica();
        this.projectionBn = other.projectionBn == null ? null : other.projectionBn.replica();
        this.excitation = other.excitation == null ? null : other.excitation.replica();
    }

    @Override
    public TensorShape inputShape() {
        return in;
    }

    @Override
    public TensorShape outputShape() {
        return out;
    }

    /** Whether the shortcut is a 1x1 projection (stride or channel change) rather than the identity. */
    public boolean hasProjection() {
        return projection != null;
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        return forward(x, batch, mode, UniformQuantizer.FULL_PRECISION);
    }

    /**
     * The block with conv1 and conv2 fake-quantized to {@code bits} (32: full precision).
     *
     * @throws IllegalArgumentException when {@code bits} is outside {@code [1, 32]} or the input is too short
     */
    public float[] forward(float[] x, int batch, Mode mode, int bits) {
        Buffers.checkInput(name, x, batch, in.size());
        this.batch = batch;
        float[] h = conv1.forward(x, batch, mode, bits);
        h = bn1.forward(h, batch, mode);
        h = conv2.forward(h, batch, mode, bits);
        h = bn2.forward(h, batch, mode);
        float[] residual = excitation == null ? h : excitation.forward(h, batch, mode);
        float[] skip = shortcut(x, batch, mode);
        output = Buffers.ensure(output, (long) batch * out.size());
        float[] y = output;
        int size = out.size();
        BatchParallel.forEachRange(batch, size, (chunk, from, to) -> {
            for (int i = from * size, end = to * size; i < end; i++) {
                y[i] = Math.max(residual[i] + skip[i], 0f);
            }
        });
        return output;
    }

    /**
     * Only the shortcut {@code S(x)}: {@code x} itself for an identity shortcut (no work, the input array is
     * returned), else the projection's output buffer.
     */
    public float[] shortcut(float[] x, int batch, Mode mode) {
        if (projection == null) {
            Buffers.checkInput(name, x, batch, in.size());
            return x;
        }
        return projectionBn.forward(projection.forward(x, batch, mode), batch, mode);
    }

    /**
     * Back-propagates through the last {@link #shortcut} call alone: returns {@code gradOutput} itself for an
     * identity shortcut, else the projection's input-gradient buffer; adds the projection's parameter
     * gradients.
     */
    public float[] shortcutBackward(float[] gradOutput, boolean inputGradient) {
        if (projection == null) {
            return inputGradient ? gradOutput : null;
        }
        return projection.backward(projectionBn.backward(gradOutput, true), inputGradient);
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, out.size());
        gradSum = Buffers.ensure(gradSum, (long) batch * out.size());
        float[] y = output;
        float[] g = gradSum;
        int size = out.size();
        BatchParallel.forEachRange(batch, size, (chunk, from, to) -> {
            Elementwise.reluBackward((to - from) * size, gradOutput, from * size, y, from * size, g, from * size);
        });
        float[] d = bn2.backward(excitation == null ? g : excitation.backward(g, true), true);
        d = conv2.backward(d, true);
        d = bn1.backward(d, true);
        float[] dx = conv1.backward(d, inputGradient);
        float[] dSkip = shortcutBackward(g, inputGradient);
        if (!inputGradient) {
            return null;
        }
        // conv1's input-gradient buffer is ours until its next backward, so the shortcut's share is added there.
        BatchParallel.forEachRange(batch, in.size(), (chunk, from, to) -> {
            Blas1.axpy((to - from) * in.size(), 1f, dSkip, from * in.size(), dx, from * in.size());
        });
        return dx;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers()) {
            all.addAll(layer.parameters());
        }
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>();
        for (Layer layer : layers()) {
            all.addAll(layer.runningStates());
        }
        return List.copyOf(all);
    }

    private List<Layer> layers() {
        List<Layer> layers = new ArrayList<>(List.of(conv1, bn1, conv2, bn2));
        if (projection != null) {
            layers.add(projection);
            layers.add(projectionBn);
        }
        if (excitation != null) {
            layers.add(excitation);
        }
        return layers;
    }

    @Override
    public void recordCost(CostLedger ledger) {
        recordCost(ledger, UniformQuantizer.FULL_PRECISION);
    }

    /**
     * Adds one sample's cost of the whole block run at {@code bits}: both convolutions at {@code bits/bits},
     * the batch norms, the excitation (if any, at full precision), the ReLUs and the residual addition, and the
     * shortcut ({@link #recordShortcutCost}).
     */
    public void recordCost(CostLedger ledger, int bits) {
        conv1.recordCost(ledger, bits);
        bn1.recordCost(ledger);
        conv2.recordCost(ledger, bits);
        bn2.recordCost(ledger);
        if (excitation != null) {
            excitation.recordCost(ledger);
        }
        recordShortcutCost(ledger);
        ledger.addOtherFlops(out.size());
        ledger.addComparisons(out.size());
        ledger.addActivationBytesMoved(12L * out.size());
    }

    /** Adds one sample's cost of the shortcut alone: nothing for the identity, the projection otherwise. */
    public void recordShortcutCost(CostLedger ledger) {
        if (projection != null) {
            projection.recordCost(ledger);
            projectionBn.recordCost(ledger);
        }
    }

    @Override
    public BasicBlock replica() {
        return new BasicBlock(this);
    }
}
