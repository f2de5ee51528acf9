package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;

/**
 * A parameter source whose He-normal weights start at zero instead, for a layer whose output should be zero
 * at the start of training (the style layer of {@link SaseModule}). Loading is unaffected: a loaded source
 * hands over the saved array whichever initialiser is asked for.
 */
final class ZeroInitialized implements ParameterSource {

    private final ParameterSource delegate;

    private ZeroInitialized(ParameterSource delegate) {
        this.delegate = delegate;
    }

    /** {@code source} with {@link #heNormal} returning zeros. */
    static ParameterSource weightsOf(ParameterSource source) {
        return new ZeroInitialized(source);
    }

    @Override
    public Parameter heNormal(String name, int fanIn, int... shape) {
        return delegate.constant(name, 0f, shape);
    }

    @Override
    public Parameter uniform(String name, float bound, int... shape) {
        return delegate.uniform(name, bound, shape);
    }

    @Override
    public Parameter constant(String name, float value, int... shape) {
        return delegate.constant(name, value, shape);
    }

    @Override
    public RunningState state(String name, float initial, int size) {
        return delegate.state(name, initial, size);
    }
}
