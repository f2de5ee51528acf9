package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.List;

/**
 * Global average pooling: each channel's {@code H x W} plane becomes its mean, so a {@code C x H x W}
 * sample becomes a {@code C x 1 x 1} vector. Backward spreads {@code dy / (H W)} over the plane.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class GlobalAvgPool implements Layer {

    private final TensorShape in;
    private final TensorShape out;
    private float[] output;
    private float[] gradInput;
    private int batch;

    public GlobalAvgPool(TensorShape input) {
        this.in = input;
        this.out = TensorShape.vector(input.channels());
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
        Buffers.checkInput("global-avg-pool", x, batch, in.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * out.size());
        int plane = in.plane();
        for (int p = 0, planes = batch * in.channels(); p < planes; p++) {
            double sum = 0;
            for (int i = p * plane, end = i + plane; i < end; i++) {
                sum += x[i];
            }
            output[p] = (float) (sum / plane);
        }
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("global-avg-pool", gradOutput, batch, out.size());
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * in.size());
        int plane = in.plane();
        for (int p = 0, planes = batch * in.channels(); p < planes; p++) {
            Arrays.fill(gradInput, p * plane, (p + 1) * plane, gradOutput[p] / plane);
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

    /** One addition per input value and one division per channel; input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addOtherFlops(in.size() + (long) in.channels());
        ledger.addActivationBytesMoved(4L * (in.size() + out.size()));
    }

    @Override
    public GlobalAvgPool replica() {
        return new GlobalAvgPool(in);
    }
}
