package dev.copse.cnn.layer;

import dev.copse.core.kernel.Sigmoid;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * The logistic function {@code y = 1 / (1 + exp(-x))}, element-wise (the overflow-free core kernel
 * {@link Sigmoid}); backward {@code dx = dy * y * (1 - y)}.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class SigmoidActivation implements Layer {

    private final TensorShape shape;
    private float[] output;
    private float[] gradInput;
    private int batch;

    public SigmoidActivation(TensorShape shape) {
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
        Buffers.checkInput("sigmoid", input, batch, shape.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * shape.size());
        Sigmoid.apply(batch * shape.size(), input, 0, output, 0);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("sigmoid", gradOutput, batch, shape.size());
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * shape.size());
        for (int i = 0, end = batch * shape.size(); i < end; i++) {
            float y = output[i];
            gradInput[i] = gradOutput[i] * y * (1f - y);
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

    /** One nonlinear evaluation per value; input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addNonlinear(shape.size());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    @Override
    public SigmoidActivation replica() {
        return new SigmoidActivation(shape);
    }
}
