package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.List;

/**
 * Average pooling over {@code kernel x kernel} windows with stride {@code stride} and no padding, per
 * channel: output size {@code (H - kernel) / stride + 1} (rounded down) by the same for the width. Backward
 * spreads each output gradient evenly, {@code dy / kernel^2}, over its window (overlapping windows add).
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class AvgPool2d implements Layer {

    private final TensorShape in;
    private final TensorShape out;
    private final int kernel;
    private final int stride;
    private float[] output;
    private float[] gradInput;
    private int batch;

    /**
     * @throws IllegalArgumentException when the kernel or stride is below 1 or the kernel exceeds the input
     */
    public AvgPool2d(TensorShape input, int kernel, int stride) {
        if (kernel < 1 || stride < 1 || kernel > input.height() || kernel > input.width()) {
            throw new IllegalArgumentException("average pooling needs 1 <= kernel <= input size and stride >= 1, got "
                    + "kernel " + kernel + ", stride " + stride + " on " + input);
        }
        this.in = input;
        this.kernel = kernel;
        this.stride = stride;
        this.out = new TensorShape(input.channels(), (input.height() - kernel) / stride + 1,
                (input.width() - kernel) / stride + 1);
    }

    @Override
    public TensorShape inputShape() {
        return in;
    }

    @Override
    public TensorShape outputShape() {
        return out;
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        Buffers.checkInput("avg-pool", x, batch, in.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * out.size());
        float scale = 1f / (kernel * kernel);
        int planes = batch * in.channels();
        for (int p = 0; p < planes; p++) {
            int src = p * in.plane();
            int dst = p * out.plane();
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    float sum = 0f;
                    for (int ky = 0; ky < kernel; ky++) {
                        int row = src + (oy * stride + ky) * in.width() + ox * stride;
                        for (int kx = 0; kx < kernel; kx++) {
                            sum += x[row + kx];
                        }
                    }
                    output[dst + oy * out.width() + ox] = sum * scale;
                }
            }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("avg-pool", gradOutput, batch, out.size());
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * in.size());
        Arrays.fill(gradInput, 0, batch * in.size(), 0f);
        float scale = 1f / (kernel * kernel);
        int planes = batch * in.channels();
        for (int p = 0; p < planes; p++) {
            int src = p * in.plane();
            int dst = p * out.plane();
            for (int oy = 0; oy < out.height(); oy++) {
                for (int ox = 0; ox < out.width(); ox++) {
                    float g = gradOutput[dst + oy * out.width() + ox] * scale;
                    for (int ky = 0; ky < kernel; ky++) {
                        int row = src + (oy * stride + ky) * in.width() + ox * stride;
                        for (int kx = 0; kx < kernel; kx++) {
                            gradInput[row + kx] += g;
                        }
                    }
                }
            }
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public List<RunningState> runningStates() {
        return List.of();
    }

    /** {@code kernel^2} additions per output value (the scaling folded in); input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addOtherFlops((long) kernel * kernel * out.size());
        ledger.addActivationBytesMoved(4L * (in.size() + out.size()));
    }

    @Override
    public AvgPool2d replica() {
        return new AvgPool2d(in, kernel, stride);
    }
}
