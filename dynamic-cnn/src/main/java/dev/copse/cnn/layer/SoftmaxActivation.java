package dev.copse.cnn.layer;

import dev.copse.core.kernel.Softmax;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * The softmax of each sample's flattened values, {@code y_j = exp(x_j - max) / sum_i exp(x_i - max)}
 * (the stable core kernel {@link Softmax}); backward {@code dx = y * (dy - <dy, y>)}, the Jacobian
 * {@code diag(y) - y y^T} applied to {@code dy}. For a classification loss use {@link CrossEntropyLoss}
 * on the logits instead, which is more accurate.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class SoftmaxActivation implements Layer {

    private final TensorShape shape;
    private float[] output;
    private float[] gradInput;
    private int batch;

    public SoftmaxActivation(TensorShape shape) {
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
        Buffers.checkInput("softmax", input, batch, shape.size());
        this.batch = batch;
        output = Buffers.ensure(output, (long) batch * shape.size());
        Softmax.rows(batch, shape.size(), input, 0, output, 0);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("softmax", gradOutput, batch, shape.size());
        if (!inputGradient) {
            return null;
        }
        int d = shape.size();
        gradInput = Buffers.ensure(gradInput, (long) batch * d);
        for (int n = 0; n < batch; n++) {
            int o = n * d;
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += (double) gradOutput[o + j] * output[o + j];
            }
            float s = (float) dot;
            for (int j = 0; j < d; j++) {
                gradInput[o + j] = output[o + j] * (gradOutput[o + j] - s);
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

    /** One exponential per value, a sum and a division per value; input read and output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addNonlinear(shape.size());
        ledger.addOtherFlops(2L * shape.size());
        ledger.addComparisons(shape.size());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    @Override
    public SoftmaxActivation replica() {
        return new SoftmaxActivation(shape);
    }
}
