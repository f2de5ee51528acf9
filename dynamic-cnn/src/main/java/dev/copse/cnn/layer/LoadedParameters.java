package dev.copse.cnn.layer;

import java.util.Map;

/** Named arrays of a trained model, as {@link ParameterSource#loading} describes. */
final class LoadedParameters implements ParameterSource {
    private final Map<String, float[]> arrays;

    LoadedParameters(Map<String, float[]> arrays) {
        this.arrays = arrays;
    }

    @Override
    public Parameter heNormal(String name, int fanIn, int... shape) {
        return new Parameter(name, array(name, SeededParameters.count(shape)), shape);
    }

    @Override
    public Parameter uniform(String name, float bound, int... shape) {
        return new Parameter(name, array(name, SeededParameters.count(shape)), shape);
    }

    @Override
    public Parameter constant(String name, float value, int... shape) {
        return new Parameter(name, array(name, SeededParameters.count(shape)), shape);
    }

    @Override
    public RunningState state(String name, float initial, int size) {
        return new RunningState(name, array(name, size));
    }

    private float[] array(String name, int length) {
        float[] values = arrays.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the model has no array '" + name + "', which this architecture needs");
        }
        if (values.length != length) {
            throw new IllegalArgumentException("array '" + name + "' has " + values.length + " values but this "
                    + "architecture needs " + length);
        }
        return values;
    }
}
