package dev.copse.cnn.layer;

import dev.copse.cnn.quant.ActivationQuantizer;
import dev.copse.cnn.quant.UniformQuantizer;
import dev.copse.cnn.quant.WeightQuantizer;
import dev.copse.core.kernel.ConvGeometry;
import dev.copse.core.kernel.Gemm;
import dev.copse.core.kernel.Im2col;
import dev.copse.core.kernel.ShiftLowering;
import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.LayerMacs;
import java.util.Arrays;
import java.util.List;

/**
 * A 2-D convolution with stride, padding, dilation and groups (see {@link ConvSpec}), lowered per sample to
 * a matrix product: for sample {@code n} and group {@code g},
 * {@code out[n][g] (F/G x HWo) = W[g] (F/G x K) * im2col(x[n][g]) (K x HWo)} with
 * {@code K = (C/G) kh kw}. A 1x1 convolution with stride 1 and no padding skips im2col: the input already
 * is its column matrix. A convolution whose output is {@code ceil(H / s) x ceil(W / s)} (3x3 with padding 1 or
 * 1x1, at any stride) lowers by shifted plane copies (core's fast path {@link ShiftLowering}); any other
 * through core's general {@link Im2col}.
 *
 * <p>Backward, per sample: {@code dW[g]^T += cols * dOut[n][g]^T} and {@code dx[n][g] = col2im(W[g]^T *
 * dOut[n][g])}; the columns are lowered again rather than kept from the forward pass, which would hold
 * {@code K x HWo} floats for every sample of the batch (58 MB for a 16-channel 28x28 layer at batch 128)
 * instead of one cache-resident buffer per thread.
 *
 * <p><b>Why per sample.</b> Lowering the whole batch into one {@code K x (N HWo)} matrix gives one large
 * product but leaves the output filter-major ({@code F x N x HWo}), to be transposed back to NCHW, and a
 * column matrix of {@code N} times the size that no longer fits in cache. Measured on the project's machine
 * (one thread, batch 128, 2026-11-28), whole-batch lowering was slower for every ResNet-8 shape: 35.6 against
 * 18.1 ms for 16 channels of 28x28, 21.9 against 19.4 for 32 of 14x14, 20.3 against 13.1 for 64 of 7x7.
 * Per-sample products keep the column buffer of one sample in cache and write NCHW directly; samples are
 * spread over threads in fixed chunks ({@link BatchParallel}), each chunk summing its weight gradient in a
 * buffer of its own.
 *
 * <p><b>Quantization.</b> {@link #forward(float[], int, Mode, int)} runs the convolution with weights and input
 * activations fake-quantized to a bitwidth chosen per call ({@link WeightQuantizer} per tensor,
 * {@link ActivationQuantizer} with a running range); one set of float weights serves every bitwidth, and 32
 * bits is the plain convolution. Gradients follow the straight-through rule of each quantizer.
 *
 * <p>Parameters: {@code weight [F][C/G][kh][kw]} (He normal, fan-in {@code (C/G) kh kw}) and, with
 * {@link ConvSpec#bias()}, {@code bias [F]} (zero). Running state: the input quantizer's range.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class Conv2d implements Layer {

    /** Momentum of the running activation range of the input quantizer. */
    public static final float RANGE_MOMENTUM = 0.1f;

    /** Per-thread scratch: [0] the column matrix of one sample, [1] the phases of a strided shift lowering. */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

    private final String name;
    private final ConvSpec spec;
    private final TensorShape in;
    private final TensorShape out;
    private final ConvGeometry geometry;
    private final boolean direct;
    private final ShiftLowering shiftLowering;
    private final int groupFilters;
    private final int groupChannels;
    private final int columnRows;
    private final Parameter weight;
    private final Parameter bias;
    private final RunningState inputRange;
    private final WeightQuantizer weightQuantizer = new WeightQuantizer();
    private final ActivationQuantizer inputQuantizer;

    private float[] input;
    private float[] lowered;
    private float[] usedWeights;
    private int batch;
    private boolean quantizedInput;
    private float[] output;
    private float[] gradInput;
    private float[] quantizedBuffer;
    private float[] chunkWeightGrads;
    private float[] chunkBiasGrads;
    private ConvChannelSubset[] subsets;

    /**
     * @param name   qualified name; parameters are {@code name.weight} and {@code name.bias}, the running state
     *               {@code name.input_range}
     * @param spec   the convolution
     * @param input  the shape of one input sample; its channels must equal {@code spec.inChannels()}
     * @param source where the arrays come from
     * @throws IllegalArgumentException when the shapes do not fit
     */
    public Conv2d(String name, ConvSpec spec, TensorShape input, ParameterSource source) {
        this(name, spec, input, createWeight(name, spec, source), spec.bias()
                ? source.constant(name + ".bias", 0f, spec.outChannels()) : null,
                source.state(name + ".input_range", 0f, ActivationQuantizer.STATE_SIZE));
    }

    private Conv2d(String name, ConvSpec spec, TensorShape input, Parameter weight, Parameter bias,
                   RunningState inputRange) {
        if (input.channels() != spec.inChannels()) {
            throw new IllegalArgumentException(name + ": input has " + input.channels() + " channels but the "
                    + "convolution expects " + spec.inChannels());
        }
        this.name = name;
        this.spec = spec;
        this.in = input;
        this.geometry = spec.geometry(input.height(), input.width());
        this.out = new TensorShape(spec.outChannels(), geometry.outputHeight(), geometry.outputWidth());
        this.direct = spec.kernelH() == 1 && spec.kernelW() == 1 && spec.strideH() == 1 && spec.strideW() == 1
                && spec.padH() == 0 && spec.padW() == 0;
        this.shiftLowering = !direct && ShiftLowering.supports(geometry) ? ShiftLowering.of(geometry) : null;
        this.groupFilters = spec.outChannels() / spec.groups();
        this.groupChannels = spec.inChannels() / spec.groups();
        this.columnRows = geometry.columnRows();
        this.weight = weight;
        this.bias = bias;
        this.inputRange = inputRange;
        this.inputQuantizer = new ActivationQuantizer(inputRange.values(), RANGE_MOMENTUM);
    }

    private static Parameter createWeight(String name, ConvSpec spec, ParameterSource source) {
        int fanIn = spec.inChannels() / spec.groups() * spec.kernelH() * spec.kernelW();
        return source.heNormal(name + ".weight", fanIn, spec.outChannels(), spec.inChannels() / spec.groups(),
                spec.kernelH(), spec.kernelW());
    }

    @Override
    public TensorShape inputShape() {
        return in;
    }

    @Override
    public TensorShape outputShape() {
        return out;
    }

    /** The configuration. */
    public ConvSpec spec() {
        return spec;
    }

    /** The weight parameter, {@code [F][C/G][kh][kw]}. */
    public Parameter weight() {
        return weight;
    }

    /**
     * This convolution in inference on its first {@code inChannels} input and first {@code outChannels} output
     * channels only (see {@link ConvChannelSubset}); the view is made once per pair and then reused.
     *
     * @throws IllegalArgumentException when a count is outside {@code [1, channels]} or the convolution is grouped
     */
    public ConvChannelSubset channels(int inChannels, int outChannels) {
        if (subsets == null) {
            subsets = new ConvChannelSubset[(spec.inChannels() + 1) * (spec.outChannels() + 1)];
        }
        if (inChannels < 1 || inChannels > spec.inChannels() || outChannels < 1 || outChannels > spec.outChannels()) {
            throw new IllegalArgumentException(name + ": channel subset " + inChannels + " -> " + outChannels
                    + " must lie in [1, " + spec.inChannels() + "] -> [1, " + spec.outChannels() + "]");
        }
        int key = inChannels * (spec.outChannels() + 1) + outChannels;
        if (subsets[key] == null) {
            subsets[key] = new ConvChannelSubset(this, inChannels, outChannels);
        }
        return subsets[key];
    }

    String name() {
        return name;
    }

    float[] biasValues() {
        return bias == null ? null : bias.values();
    }

    /** The weights as inference uses them at {@code bits}: quantized per tensor (cached), or the floats at 32. */
    float[] inferenceWeights(int bits) {
        return weightQuantizer.cached(weight.values(), bits, weight.version());
    }

    /** Quantizes {@code x[0, length)} with the running input range, as {@link Mode#EVAL} does, into {@code out}. */
    void quantizeInputForInference(float[] x, int length, int bits, float[] out) {
        inputQuantizer.quantize(x, length, bits, false, out);
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        return forward(x, batch, mode, UniformQuantizer.FULL_PRECISION);
    }

    /**
     * The convolution with weights and input activations fake-quantized to {@code bits} (32: none).
     *
     * @throws IllegalArgumentException when {@code bits} is outside {@code [1, 32]} or the input is too short
     * @throws IllegalStateException    in {@link Mode#EVAL} at fewer than 32 bits when the input range was
     *                                  never estimated in training
     */
    public float[] forward(float[] x, int batch, Mode mode, int bits) {
        Buffers.checkInput(name, x, batch, in.size());
        UniformQuantizer.checkBits(bits);
        this.input = x;
        this.batch = batch;
        this.quantizedInput = bits < UniformQuantizer.FULL_PRECISION;
        float[] src = x;
        if (quantizedInput) {
            boolean training = mode == Mode.TRAIN;
            usedWeights = training ? weightQuantizer.quantize(weight.values(), bits)
                    : weightQuantizer.cached(weight.values(), bits, weight.version());
            quantizedBuffer = Buffers.ensure(quantizedBuffer, (long) batch * in.size());
            inputQuantizer.quantize(x, batch * in.size(), bits, training, quantizedBuffer);
            src = quantizedBuffer;
        } else {
            usedWeights = weight.values();
        }
        this.lowered = src;
        output = Buffers.ensure(output, (long) batch * out.size());
        float[] source = src;
        BatchParallel.forEachChunk(batch, macsPerSample(), (chunk, from, to) -> {
            float[] columns = direct ? null : columns();
            for (int n = from; n < to; n++) {
                forwardSample(source, n, columns);
            }
        });
        return output;
    }

    private void forwardSample(float[] src, int n, float[] columns) {
        int plane = out.plane();
        for (int g = 0; g < spec.groups(); g++) {
            int imageOffset = n * in.size() + g * groupChannels * in.plane();
            int outOffset = n * out.size() + g * groupFilters * plane;
            float[] b = src;
            int bOffset = imageOffset;
            if (!direct) {
                lower(src, imageOffset, columns);
                b = columns;
                bOffset = 0;
            }
            Gemm.sgemm(false, false, groupFilters, plane, columnRows, 1f, usedWeights, g * groupFilters * columnRows,
                    columnRows, b, bOffset, plane, 0f, output, outOffset, plane);
        }
        if (bias != null) {
            float[] b = bias.values();
            for (int f = 0; f < spec.outChannels(); f++) {
                int o = n * out.size() + f * plane;
                for (int i = 0; i < plane; i++) {
                    output[o + i] += b[f];
                }
            }
        }
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, out.size());
        int chunks = BatchParallel.chunks(batch);
        int weightSize = weight.size();
        chunkWeightGrads = Buffers.ensure(chunkWeightGrads, (long) chunks * weightSize);
        Arrays.fill(chunkWeightGrads, 0, chunks * weightSize, 0f);
        if (bias != null) {
            chunkBiasGrads = Buffers.ensure(chunkBiasGrads, (long) chunks * spec.outChannels());
            Arrays.fill(chunkBiasGrads, 0, chunks * spec.outChannels(), 0f);
        }
        if (inputGradient) {
            gradInput = Buffers.ensure(gradInput, (long) batch * in.size());
        }
        BatchParallel.forEachChunk(batch, 2 * macsPerSample(), (chunk, from, to) -> {
            float[] columns = direct ? null : columns();
            for (int n = from; n < to; n++) {
                backwardSample(gradOutput, n, chunk, columns, inputGradient);
            }
        });
        reduceTransposed(chunkWeightGrads, chunks, weight.gradients());
        if (bias != null) {
            reduceChunks(chunkBiasGrads, chunks, bias.gradients());
        }
        if (!inputGradient) {
            return null;
        }
        if (quantizedInput) {
            inputQuantizer.backward(input, gradInput, batch * in.size());
        }
        return gradInput;
    }

    private void backwardSample(float[] dy, int n, int chunk, float[] columns, boolean inputGradient) {
        int plane = out.plane();
        int weightSize = weight.size();
        for (int g = 0; g < spec.groups(); g++) {
            int imageOffset = n * in.size() + g * groupChannels * in.plane();
            int dyOffset = n * out.size() + g * groupFilters * plane;
            int wOffset = g * groupFilters * columnRows;
            float[] b = lowered;
            int bOffset = imageOffset;
            if (!direct) {
                lower(lowered, imageOffset, columns);
                b = columns;
                bOffset = 0;
            }
            // dW[g]^T (K x F/G) += cols (K x HWo) * dOut^T: measured 1.2 to 1.8 times faster than forming dW[g]
            // directly, because the GEMM then transposes the small dOut while packing rather than the columns.
            Gemm.sgemm(false, true, columnRows, groupFilters, plane, 1f, b, bOffset, plane, dy, dyOffset, plane,
                    1f, chunkWeightGrads, chunk * weightSize + wOffset, groupFilters);
            if (!inputGradient) {
                continue;
            }
            if (direct) {
                Gemm.sgemm(true, false, groupChannels, plane, groupFilters, 1f, usedWeights, wOffset, columnRows,
                        dy, dyOffset, plane, 0f, gradInput, imageOffset, plane);
            } else {
                Gemm.sgemm(true, false, columnRows, plane, groupFilters, 1f, usedWeights, wOffset, columnRows,
                        dy, dyOffset, plane, 0f, columns, 0, plane);
                if (shiftLowering != null) {
                    shiftLowering.col2im(columns, gradInput, imageOffset, phases());
                } else {
                    Arrays.fill(gradInput, imageOffset, imageOffset + groupChannels * in.plane(), 0f);
                    Im2col.col2im(geometry, columns, 0, gradInput, imageOffset);
                }
            }
        }
        if (bias != null) {
            int biasOffset = chunk * spec.outChannels();
            for (int f = 0; f < spec.outChannels(); f++) {
                double sum = 0;
                int o = n * out.size() + f * plane;
                for (int i = 0; i < plane; i++) {
                    sum += dy[o + i];
                }
                chunkBiasGrads[biasOffset + f] += (float) sum;
            }
        }
    }

    private void lower(float[] image, int offset, float[] columns) {
        if (shiftLowering != null) {
            shiftLowering.im2col(image, offset, columns, phases());
        } else {
            Im2col.im2col(geometry, image, offset, columns, 0);
        }
    }

    /**
     * Adds the per-chunk partial weight gradients, stored per group transposed ({@code [K][F/G]}), to the
     * gradient {@code [F][K]}, chunk by chunk in order (so the result ignores the thread count).
     */
    private void reduceTransposed(float[] partials, int chunks, float[] target) {
        int size = target.length;
        int groupSize = groupFilters * columnRows;
        for (int c = 0; c < chunks; c++) {
            for (int g = 0; g < spec.groups(); g++) {
                int base = c * size + g * groupSize;
                for (int f = 0; f < groupFilters; f++) {
                    int row = g * groupSize + f * columnRows;
                    for (int k = 0; k < columnRows; k++) {
                        target[row + k] += partials[base + k * groupFilters + f];
                    }
                }
            }
        }
    }

    /** Adds the per-chunk partial sums to {@code target} in chunk order (so the result ignores thread count). */
    static void reduceChunks(float[] partials, int chunks, float[] target) {
        int size = target.length;
        for (int c = 0; c < chunks; c++) {
            int offset = c * size;
            for (int i = 0; i < size; i++) {
                target[i] += partials[offset + i];
            }
        }
    }

    private long macsPerSample() {
        return (long) out.size() * columnRows;
    }

    /** Per-thread scratch buffer {@code slot} (0: columns, 1: phases) of at least {@code size} floats. */
    static float[] scratch(int slot, int size) {
        float[][] holder = SCRATCH.get();
        if (holder[slot].length < size) {
            holder[slot] = new float[size];
        }
        return holder[slot];
    }

    private float[] columns() {
        return scratch(0, geometry.columnSize());
    }

    private float[] phases() {
        return scratch(1, shiftLowering.phaseSize());
    }

    @Override
    public List<Parameter> parameters() {
        return bias == null ? List.of(weight) : List.of(weight, bias);
    }

    @Override
    public List<RunningState> runningStates() {
        return List.of(inputRange);
    }

    @Override
    public void recordCost(CostLedger ledger) {
        recordCost(ledger, UniformQuantizer.FULL_PRECISION);
    }

    /**
     * Adds the cost of one sample at {@code bits}: {@code outH outW kh kw (C/G) F} MACs at {@code bits/bits}
     * ({@link LayerMacs#conv2d}), the weights read at {@code bits} (packed), the input read at {@code bits}
     * and the output written as float32; with a bias, {@code F outH outW} other FLOPs and its floats read.
     */
    public void recordCost(CostLedger ledger, int bits) {
        UniformQuantizer.checkBits(bits);
        ledger.addMacs(LayerMacs.conv2d(out.height(), out.width(), spec.kernelH(), spec.kernelW(),
                spec.inChannels(), spec.outChannels(), spec.groups()), bits, bits);
        ledger.addParameterBytesRead(CostConventions.packedBytes(weight.size(), bits));
        ledger.addActivationBytesMoved(CostConventions.packedBytes(in.size(), bits) + 4L * out.size());
        if (bias != null) {
            ledger.addOtherFlops(out.size());
            ledger.addParameterBytesRead(4L * spec.outChannels());
        }
    }

    @Override
    public Conv2d replica() {
        return new Conv2d(name, spec, in, weight, bias, inputRange);
    }
}
