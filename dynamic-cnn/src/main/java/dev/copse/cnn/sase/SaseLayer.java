package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * The same-layer variant of SASE for recognition: a {@link SaseModule} whose source and target are the same
 * map, {@code y = x ⊙ S(x)}, as a {@link Layer}. The input gradient is the sum of the module's source and
 * target gradients.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class SaseLayer implements Layer {

    private final SaseModule module;
    private float[] gradInput;
    private int batch;

    /** @throws IllegalArgumentException when {@code options.groups()} does not divide the channels */
    public SaseLayer(String name, TensorShape shape, SaseOptions options, ParameterSource source) {
        this(new SaseModule(name, shape, shape, options, source));
    }

    private SaseLayer(SaseModule module) {
        this.module = module;
    }

    /** The module, for its masks and styles after a forward. */
    public SaseModule module() {
        return module;
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
        Buffers.checkGradient("sase", gradOutput, batch, outputShape().size());
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

    @Override
    public SaseLayer replica() {
        return new SaseLayer(module.replica());
    }
}
