package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * Batch normalisation of feature vectors: each of the {@code features} features is normalised over the
 * batch, exactly as {@link BatchNorm2d} does for a {@code features x 1 x 1} sample (same parameters, running
 * estimates, momentum and epsilon).
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class BatchNorm1d implements Layer {

    private final BatchNorm2d norm;

    /** @param features length of each sample's vector */
    public BatchNorm1d(String name, int features, ParameterSource source) {
        this(new BatchNorm2d(name, TensorShape.vector(features), source));
    }

    private BatchNorm1d(BatchNorm2d norm) {
        this.norm = norm;
    }

    @Override
    public TensorShape inputShape() {
        return norm.inputShape();
    }

    @Override
    public TensorShape outputShape() {
        return norm.outputShape();
    }

    @Override
    public float[] forward(float[] input, int batch, Mode mode) {
        return norm.forward(input, batch, mode);
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        return norm.backward(gradOutput, inputGradient);
    }

    @Override
    public List<Parameter> parameters() {
        return norm.parameters();
    }

    @Override
    public List<RunningState> runningStates() {
        return norm.runningStates();
    }

    @Override
    public void recordCost(CostLedger ledger) {
        norm.recordCost(ledger);
    }

    @Override
    public BatchNorm1d replica() {
        return new BatchNorm1d(norm.replica());
    }
}
