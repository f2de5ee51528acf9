package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * An {@link ExcitationModule} whose source and target are the same map, as a {@link Layer}: {@code y = x ⊙
 * S(x)}. The input gradient is the sum of the module's source and target gradients.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
abstract sealed class SameLayerExcitation implements Layer permits SaseLayer, SqueezeExcitation {

    private final ExcitationModule module;
    private final String label;
    private float[] gradInput;
    private int batch;

    /** @param label names the layer in messages, e.g. {@code "sase"} */
    SameLayerExcitation(ExcitationModule module, String label) {
        this.module = module;
        this.label = label;
    }

    @Override
    public TensorShape inputShape() {
        return module.sourceShape();
    }

    @Override
    public TensorShape outputShape() {
        return module.targetShape();
    }

    @Override
    public float[] forward(float[] input, int batch, Mode mode) {
        this.batch = batch;
        return module.forward(input, input, batch, mode);
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(label, gradOutput, batch, outputShape().size());
        module.backward(gradOutput);
        if (!inputGradient) {
            return null;
        }
        int size = batch * inputShape().size();
        gradInput = Buffers.ensure(gradInput, size);
        float[] fromSource = module.sourceGradient();
        float[] fromTarget = module.targetGradient();
        for (int i = 0; i < size; i++) {
            gradInput[i] = fromSource[i] + fromTarget[i];
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return module.parameters();
    }

    @Override
    public List<RunningState> runningStates() {
        return module.runningStates();
    }

    @Override
    public void recordCost(CostLedger ledger) {
        module.recordCost(ledger);
    }
}
