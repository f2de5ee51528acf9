package dev.copse.cnn.block;

import dev.copse.cnn.layer.BatchNorm2d;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * A dense block (Huang, Liu, van der Maaten and Weinberger, "Densely Connected Convolutional Networks",
 * CVPR 2017, section 3): {@code L} layers, each BN-ReLU-conv3x3 producing {@code k} (the growth rate) new
 * channels from the concatenation of the block's input and every earlier layer's output. The output is the
 * full concatenation, {@code C + L k} channels.
 *
 * <p>The concatenation lives in one buffer, per sample {@code [C + L k][H][W]}; layer {@code l} reads its
 * first {@code C + l k} channels (copied into a contiguous buffer of the layer's own, which it keeps for its
 * backward pass) and writes its {@code k} channels after them. Backward runs the layers in reverse, each
 * adding its input gradient into the first channels of a gradient buffer of the same layout.
 *
 * <p>Parameters: {@code name.layer<l>.bn.*} and {@code name.layer<l>.conv.weight} for {@code l} from 1.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class DenseBlock implements Layer {

    private final String name;
    private final TensorShape in;
    private final TensorShape out;
    private final int growth;
    private final List<Sequential> layers;
    private final float[][] layerInputs;

    private int batch;
    private float[] concat;
    private float[] gradConcat;
    private float[] gradSlice;
    private float[] gradInput;

    /**
     * @param layers number of layers {@code L >= 1}
     * @param growth channels each layer adds, {@code k >= 1}
     * @throws IllegalArgumentException when {@code layers} or {@code growth} is below 1
     */
    public DenseBlock(String name, TensorShape input, int layers, int growth, ParameterSource source) {
        if (layers < 1 || growth < 1) {
            throw new IllegalArgumentException(name + ": a dense block needs layers >= 1 and growth >= 1, got "
                    + layers + " and " + growth);
        }
        this.name = name;
        this.in = input;
        this.growth = growth;
        List<Sequential> list = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            TensorShape shape = new TensorShape(input.channels() + l * growth, input.height(), input.width());
            String prefix = name + ".layer" + (l + 1);
            ConvSpec spec = ConvSpec.square(shape.channels(), growth, 3, 1, 1);
            Conv2d conv = new Conv2d(prefix + ".conv", spec, shape, source);
            list.add(new Sequential(List.of(BatchNorm2d.withRelu(prefix + ".bn", shape, source), conv)));
        }
        this.layers = List.copyOf(list);
        this.out = new TensorShape(input.channels() + layers * growth, input.height(), input.width());
        this.layerInputs = new float[layers][];
    }

    private DenseBlock(DenseBlock other) {
        this.name = other.name;
        this.in = other.in;
        this.out = other.out;
        this.growth = other.growth;
        this.layers = other.layers.stream().map(Sequential::replica).toList();
        this.layerInputs = new float[layers.size()][];
    }

    @Override
    public TensorShape inputShape() {
        return in;
    }

    @Override
    public TensorShape outputShape() {
        return out;
    }

    /** The layers, each BN, ReLU and a 3x3 convolution. */
    public List<Sequential> layers() {
        return layers;
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        Buffers.checkInput(name, x, batch, in.size());
        this.batch = batch;
        concat = Buffers.ensure(concat, (long) batch * out.size());
        copyChannels(x, in.channels(), 0, concat, out.channels(), 0, in.channels(), batch);
        for (int l = 0; l < layers.size(); l++) {
            int channels = in.channels() + l * growth;
            layerInputs[l] = Buffers.ensure(layerInputs[l], (long) batch * channels * in.plane());
            copyChannels(concat, out.channels(), 0, layerInputs[l], channels, 0, channels, batch);
            float[] produced = layers.get(l).forward(layerInputs[l], batch, mode);
            copyChannels(produced, growth, 0, concat, out.channels(), channels, growth, batch);
        }
        return concat;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, out.size());
        gradConcat = Buffers.ensure(gradConcat, (long) batch * out.size());
        System.arraycopy(gradOutput, 0, gradConcat, 0, batch * out.size());
        gradSlice = Buffers.ensure(gradSlice, (long) batch * growth * in.plane());
        for (int l = layers.size() - 1; l >= 0; l--) {
            int channels = in.channels() + l * growth;
            copyChannels(gradConcat, out.channels(), channels, gradSlice, growth, 0, growth, batch);
            float[] dIn = layers.get(l).backward(gradSlice, true);
            addChannels(dIn, channels, gradConcat, out.channels(), batch);
        }
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * in.size());
        copyChannels(gradConcat, out.channels(), 0, gradInput, in.channels(), 0, in.channels(), batch);
        return gradInput;
    }

    /** Copies channels {@code [from, from + count)} of every sample of src to channels from {@code to} of dst. */
    private void copyChannels(float[] src, int srcChannels, int from, float[] dst, int dstChannels, int to, int count,
                              int batch) {
        int plane = in.plane();
        for (int n = 0; n < batch; n++) {
            System.arraycopy(src, (n * srcChannels + from) * plane, dst, (n * dstChannels + to) * plane, count * plane);
        }
    }

    /** Adds {@code src}, {@code count} channels per sample, to the first {@code count} channels of {@code dst}. */
    private void addChannels(float[] src, int count, float[] dst, int dstChannels, int batch) {
        int plane = in.plane();
        int length = count * plane;
        for (int n = 0; n < batch; n++) {
            int s = n * length;
            int d = n * dstChannels * plane;
            for (int i = 0; i < length; i++) {
                dst[d + i] += src[s + i];
            }
        }
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.parameters()));
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.runningStates()));
        return List.copyOf(all);
    }

    /** Every layer's cost, plus writing each layer's new channels into the concatenation. */
    @Override
    public void recordCost(CostLedger ledger) {
        layers.forEach(layer -> layer.recordCost(ledger));
        ledger.addActivationBytesMoved(4L * (out.size() - in.size()));
    }

    @Override
    public DenseBlock replica() {
        return new DenseBlock(this);
    }
}
