package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * The rectifier {@code y = max(x, 0)}, element-wise; backward passes the gradient where {@code y > 0}
 * (the subgradient at 0 is taken as 0, as every framework does).
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class ReluActivation implements Layer {

    private final TensorShape shape;
    private float[] output;
    private float[] gradInput;
    private int batch;

    public ReluActivation(TensorShape shape) {
        this.shape = shape;
    }

    @Override
    public TensorShape inputShape() {
        return shape;
    }

    @Override
    public TensorShape outputShape() {
        return shape;
    }

    @Override
    public float[] forward(float[] input, int batch, Mode mode) {
        Buffers.checkInput("relu", input, batch, shape.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * shape.size());
        float[] y = output;
        BatchParallel.forEachRange(batch, shape.size(), (chunk, from, to) -> {
            for (int i = from * shape.size(), end = to * shape.size(); i < end; i++) {
                y[i] = Math.max(input[i], 0f);
            }
        });
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("relu", gradOutput, batch, shape.size());
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * shape.size());
        float[] y = output;
        float[] dx = gradInput;
        BatchParallel.forEachRange(batch, shape.size(), (chunk, from, to) -> {
            for (int i = from * shape.size(), end = to * shape.size(); i < end; i++) {
                // signum(y) is 1 where y > 0 and 0 where y == 0; unlike a branch it vectorises.
                dx[i] = gradOutput[i] * Math.signum(y[i]);
            }
        });
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

    /** One comparison per value; input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addComparisons(shape.size());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    @Override
    public ReluActivation replica() {
        return new ReluActivation(shape);
    }
}
