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
 * Classic squeeze-excitation (Hu, Shen and Sun, "Squeeze-and-Excitation Networks", CVPR 2018):
 * {@code y_c = x_c sigmoid(W2 relu(W1 pool(x) + b1) + b2)_c}, a {@link ChannelExcitation} whose source and
 * target are the same map, as a {@link Layer}; the channel-only baseline of {@link SaseLayer}. The input
 * gradient is the sum of the module's source and target gradients.
 *
 * <p>Parameters: {@code name.fc1}, {@code name.fc2} (hidden width {@code max(1, C / r)}). Not thread-safe
 * (see {@link Layer}).
 */
public final class SqueezeExcitation implements Layer {

    private final ChannelExcitation module;
    private int batch;
    private float[] gradInput;

    /**
     * @param reduction the reduction ratio {@code r >= 1}
     * @throws IllegalArgumentException when {@code reduction < 1}
     */
    public SqueezeExcitation(String name, TensorShape shape, int reduction, ParameterSource source) {
        this(new ChannelExcitation(name, shape, shape, reduction, source));
    }

    private SqueezeExcitation(ChannelExcitation module) {
        this.module = module;
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
    public float[] forward(float[] x, int batch, Mode mode) {
        this.batch = batch;
        return module.forward(x, x, batch, mode);
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("squeeze-excitation", gradOutput, batch, outputShape().size());
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
    public SqueezeExcitation replica() {
        return new SqueezeExcitation(module.replica());
    }
}
