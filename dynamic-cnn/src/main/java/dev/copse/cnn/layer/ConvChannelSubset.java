package dev.copse.cnn.layer;

import dev.copse.cnn.quant.UniformQuantizer;
import dev.copse.core.kernel.ConvGeometry;
import dev.copse.core.kernel.Gemm;
import dev.copse.core.kernel.Im2col;
import dev.copse.core.kernel.ShiftLowering;
import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.LayerMacs;

/**
 * A {@link Conv2d} run in inference on only its first {@code inChannels} input channels and its first
 * {@code outChannels} output channels (filters): channel skipping as dual dynamic inference needs it
 * (METHODS.md section 6). Equal to the full convolution's first {@code outChannels} outputs when every
 * other input channel is zero, and it really does less: the product is {@code W' (outChannels x K') *
 * im2col(x') (K' x HWo)} with {@code K' = inChannels kh kw}, {@code W'} the top-left block of the weight
 * matrix read in place (leading dimension {@code K}), so the MACs fall with both counts.
 *
 * <p>Layouts are compact: the input is {@code [batch][inChannels][H][W]} and the output
 * {@code [batch][outChannels][Ho][Wo]}, so a chain of channel-skipped layers never touches the skipped
 * channels. Only an ungrouped convolution can be cut this way.
 *
 * <p>Inference only: below 32 bits it uses the weights quantized over the whole tensor and the input's
 * running range, as the full convolution does in {@link Mode#EVAL}. Obtain one from
 * {@link Conv2d#channels(int, int)}; it shares the convolution's weights and owns its output buffer. Not
 * thread-safe (see {@link Layer}); give each thread a {@link Conv2d#replica()}.
 */
public final class ConvChannelSubset {

    private final Conv2d conv;
    private final int inChannels;
    private final int outChannels;
    private final TensorShape in;
    private final TensorShape out;
    private final ConvGeometry geometry;
    private final boolean direct;
    private final ShiftLowering shiftLowering;
    private final int fullRows;
    private float[] output;
    private float[] quantized;

    ConvChannelSubset(Conv2d conv, int inChannels, int outChannels) {
        ConvSpec spec = conv.spec();
        if (spec.groups() != 1) {
            throw new IllegalArgumentException("channel subsets need an ungrouped convolution, this one has "
                    + spec.groups() + " groups");
        }
        if (inChannels < 1 || inChannels > spec.inChannels() || outChannels < 1
                || outChannels > spec.outChannels()) {
            throw new IllegalArgumentException("channel subset " + inChannels + " -> " + outChannels + " must lie in "
                    + "[1, " + spec.inChannels() + "] -> [1, " + spec.outChannels() + "]");
        }
        this.conv = conv;
        this.inChannels = inChannels;
        this.outChannels = outChannels;
        TensorShape full = conv.inputShape();
        this.in = new TensorShape(inChannels, full.height(), full.width());
        this.out = new TensorShape(outChannels, conv.outputShape().height(), conv.outputShape().width());
        this.geometry = new ConvGeometry(inChannels, full.height(), full.width(), spec.kernelH(), spec.kernelW(),
                spec.strideH(), spec.strideW(), spec.padH(), spec.padW(), spec.dilationH(), spec.dilationW());
        this.direct = spec.kernelH() == 1 && spec.kernelW() == 1 && spec.strideH() == 1 && spec.strideW() == 1
                && spec.padH() == 0 && spec.padW() == 0;
        this.shiftLowering = !direct && ShiftLowering.supports(geometry) ? ShiftLowering.of(geometry) : null;
        this.fullRows = spec.inChannels() * spec.kernelH() * spec.kernelW();
    }

    /** The shape of one input sample: the first {@code inChannels} channels. */
    public TensorShape inputShape() {
        return in;
    }

    /** The shape of one output sample: the first {@code outChannels} channels. */
    public TensorShape outputShape() {
        return out;
    }

    /**
     * The convolution of {@code x [batch][inChannels][H][W]} at {@code bits} (32: full precision).
     *
     * @return {@code [batch][outChannels][Ho][Wo]}, a buffer owned by this view and overwritten by its next call
     * @throws IllegalArgumentException when the input is too short or {@code bits} is outside {@code [1, 32]}
     * @throws IllegalStateException    below 32 bits when the input range was never estimated in training
     */
    public float[] forward(float[] x, int batch, int bits) {
        Buffers.checkInput(conv.name() + " channels " + inChannels + "->" + outChannels, x, batch, in.size());
        UniformQuantizer.checkBits(bits);
        float[] weights = conv.inferenceWeights(bits);
        float[] src = x;
        if (bits < UniformQuantizer.FULL_PRECISION) {
            quantized = Buffers.ensure(quantized, (long) batch * in.size());
            conv.quantizeInputForInference(x, batch * in.size(), bits, quantized);
            src = quantized;
        }
        output = Buffers.ensure(output, (long) batch * out.size());
        float[] source = src;
        long macs = (long) out.size() * geometry.columnRows();
        BatchParallel.forEachChunk(batch, macs, (chunk, from, to) -> {
            float[] columns = direct ? null : Conv2d.scratch(0, geometry.columnSize());
            float[] phases = shiftLowering == null ? null : Conv2d.scratch(1, shiftLowering.phaseSize());
            for (int n = from; n < to; n++) {
                forwardSample(source, n, weights, columns, phases);
            }
        });
        return output;
    }

    private void forwardSample(float[] src, int n, float[] weights, float[] columns, float[] phases) {
        int plane = out.plane();
        float[] b = src;
        int bOffset = n * in.size();
        if (shiftLowering != null) {
            shiftLowering.im2col(src, bOffset, columns, phases);
            b = columns;
            bOffset = 0;
        } else if (!direct) {
            Im2col.im2col(geometry, src, bOffset, columns, 0);
            b = columns;
            bOffset = 0;
        }
        int outOffset = n * out.size();
        Gemm.sgemm(false, false, outChannels, plane, geometry.columnRows(), 1f, weights, 0, fullRows, b, bOffset,
                plane, 0f, output, outOffset, plane);
        float[] bias = conv.biasValues();
        if (bias != null) {
            for (int f = 0; f < outChannels; f++) {
                int o = outOffset + f * plane;
                for (int i = 0; i < plane; i++) {
                    output[o + i] += bias[f];
                }
            }
        }
    }

    /**
     * Adds the cost of one sample at {@code bits}, counting only the channels that run: {@code Ho Wo kh kw
     * inChannels outChannels} MACs, that block of the weights read at {@code bits}, the input subset read at
     * {@code bits} and the output subset written as float32; with a bias, {@code outChannels Ho Wo} other
     * FLOPs and its floats read.
     */
    public void recordCost(CostLedger ledger, int bits) {
        UniformQuantizer.checkBits(bits);
        ConvSpec spec = conv.spec();
        ledger.addMacs(LayerMacs.conv2d(out.height(), out.width(), spec.kernelH(), spec.kernelW(), inChannels,
                outChannels, 1), bits, bits);
        ledger.addParameterBytesRead(CostConventions.packedBytes((long) outChannels * geometry.columnRows(), bits));
        ledger.addActivationBytesMoved(CostConventions.packedBytes(in.size(), bits) + 4L * out.size());
        if (conv.biasValues() != null) {
            ledger.addOtherFlops(out.size());
            ledger.addParameterBytesRead(4L * outChannels);
        }
    }
}
