package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;

/**
 * Classic squeeze-excitation (Hu, Shen and Sun, "Squeeze-and-Excitation Networks", CVPR 2018):
 * {@code y_c = x_c sigmoid(W2 relu(W1 pool(x) + b1) + b2)_c}, a {@link ChannelExcitation} whose source and
 * target are the same map, as a {@link Layer}; the channel-only baseline of {@link SaseLayer}. The input
 * gradient is the sum of the module's source and target gradients.
 *
 * <p>Parameters: {@code name.fc1}, {@code name.fc2} (hidden width {@code max(1, C / r)}). Not thread-safe
 * (see {@link Layer}).
 */
public final class SqueezeExcitation extends SameLayerExcitation {

    private final ChannelExcitation module;

    /**
     * @param reduction the reduction ratio {@code r >= 1}
     * @throws IllegalArgumentException when {@code reduction < 1}
     */
    public SqueezeExcitation(String name, TensorShape shape, int reduction, ParameterSource source) {
        this(new ChannelExcitation(name, shape, shape, reduction, source));
    }

    private SqueezeExcitation(ChannelExcitation module) {
        super(module, "squeeze-excitation");
        this.module = module;
    }

    @Override
    public SqueezeExcitation replica() {
        return new SqueezeExcitation(module.replica());
    }
}
