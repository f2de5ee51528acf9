package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;

/**
 * The same-layer variant of SASE for recognition: a {@link SaseModule} whose source and target are the same
 * map, {@code y = x ⊙ S(x)}, as a {@link Layer}.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class SaseLayer extends SameLayerExcitation {

    private final SaseModule module;

    /** @throws IllegalArgumentException when {@code options.groups()} does not divide the channels */
    public SaseLayer(String name, TensorShape shape, SaseOptions options, ParameterSource source) {
        this(new SaseModule(name, shape, shape, options, source));
    }

    private SaseLayer(SaseModule module) {
        super(module, "sase");
        this.module = module;
    }

    /** The module, for its masks and styles after a forward. */
    public SaseModule module() {
        return module;
    }

    @Override
    public SaseLayer replica() {
        return new SaseLayer(module.replica());
    }
}
