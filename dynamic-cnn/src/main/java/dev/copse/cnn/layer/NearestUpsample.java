package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.List;

/**
 * Nearest-neighbour upsampling by an integer factor: output pixel {@code (y, x)} copies input pixel
 * {@code (y / factor, x / factor)}. Backward sums the gradients of the {@code factor^2} copies.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class NearestUpsample implements Layer {

    private final TensorShape in;
    private final TensorShape out;
    private final int factor;
    private float[] output;
    private float[] gradInput;
    private int batch;

    /** @throws IllegalArgumentException when {@code factor < 1} */
    public NearestUpsample(TensorShape input, int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("upsampling factor must be >= 1, got " + factor);
        }
        this.in = input;
        this.factor = factor;
        this.out = new TensorShape(input.channels(), Math.multiplyExact(input.height(), factor),
                Math.multiplyExact(input.width(), factor));
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
        Buffers.checkInput("upsample", x, batch, in.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * out.size());
        for (int p = 0, planes = batch * in.channels(); p < planes; p++) {
            int src = p * in.plane();
            int dst = p * out.plane();
            for (int y = 0; y < out.height(); y++) {
                int row = src + (y / factor) * in.width();
                int o = dst + y * out.width();
                for (int xo = 0; xo < out.width(); xo++) {
                    output[o + xo] = x[row + xo / factor];
                }
            }
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("upsample", gradOutput, batch, out.size());
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * in.size());
        Arrays.fill(gradInput, 0, batch * in.size(), 0f);
        for (int p = 0, planes = batch * in.channels(); p < planes; p++) {
            int src = p * in.plane();
            int dst = p * out.plane();
            for (int y = 0; y < out.height(); y++) {
                int row = src + (y / factor) * in.width();
                int o = dst + y * out.width();
                for (int xo = 0; xo < out.width(); xo++) {
                    gradInput[row + xo / factor] += gradOutput[o + xo];
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

    /** No arithmetic; input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addActivationBytesMoved(4L * (in.size() + out.size()));
    }

    @Override
    public NearestUpsample replica() {
        return new NearestUpsample(in, factor);
    }
}
