package dev.copse.cnn.layer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded initialisation, as {@link ParameterSource#initializing} describes. */
final class SeededParameters implements ParameterSource {
    private final long seed;

    SeededParameters(long seed) {
        this.seed = seed;
    }

    @Override
    public Parameter heNormal(String name, int fanIn, int... shape) {
        if (fanIn < 1) {
            throw new IllegalArgumentException("fan-in of '" + name + "' must be >= 1, got " + fanIn);
        }
        float[] values = new float[count(shape)];
        SplittableRandom random = random(name);
        double std = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (std * random.nextGaussian());
        }
        return new Parameter(name, values, shape);
    }

    @Override
    public Parameter uniform(String name, float bound, int... shape) {
        float[] values = new float[count(shape)];
        SplittableRandom random = random(name);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return new Parameter(name, values, shape);
    }

    @Override
    public Parameter constant(String name, float value, int... shape) {
        float[] values = new float[count(shape)];
        Arrays.fill(values, value);
        return new Parameter(name, values, shape);
    }

    @Override
    public RunningState state(String name, float initial, int size) {
        float[] values = new float[size];
        Arrays.fill(values, initial);
        return new RunningState(name, values);
    }

    private SplittableRandom random(String name) {
        long h = seed;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001B3L;
        }
        return new SplittableRandom(h);
    }

    static int count(int[] shape) {
        long count = 1;
        for (int dim : shape) {
            count *= dim;
        }
        return Math.toIntExact(count);
    }
}
