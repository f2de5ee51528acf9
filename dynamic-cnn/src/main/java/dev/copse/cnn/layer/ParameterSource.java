package dev.copse.cnn.layer;

import java.util.Map;

/**
 * Where a layer's arrays come from when it is built: freshly initialised from a seed, or taken from a
 * trained model's named arrays. Layers ask for every array by its qualified name, so the same builder code
 * makes a new network and restores a saved one.
 *
 * <p>Initialisation ({@link #initializing}): weights followed by a ReLU use He (Kaiming) normal
 * initialisation, {@code N(0, 2 / fanIn)} (He, Zhang, Ren and Sun, "Delving Deep into Rectifiers", ICCV
 * 2015, eq. 10); biases and shifts start at 0, batch-norm scales at 1. Each array draws from its own
 * {@link java.util.SplittableRandom} seeded by the seed and the array's name (<b>Copse</b>), so adding a layer does
 * not change the initial weights of the others, and the same seed always gives the same network.
 *
 * <p>Implementations are not thread-safe.
 */
public interface ParameterSource {

    /** A weight initialised {@code N(0, 2 / fanIn)} (He normal). */
    Parameter heNormal(String name, int fanIn, int... shape);

    /** A weight initialised uniformly in {@code [-bound, bound]}. */
    Parameter uniform(String name, float bound, int... shape);

    /** A parameter with every value {@code value} (biases 0, batch-norm scales 1). */
    Parameter constant(String name, float value, int... shape);

    /** A running estimate of {@code size} values starting at {@code initial}. */
    RunningState state(String name, float initial, int size);

    /** Fresh arrays, initialised as described in the interface documentation. */
    static ParameterSource initializing(long seed) {
        return new SeededParameters(seed);
    }

    /**
     * The arrays of a trained model, by name; the arrays are used as they are (shared, not copied).
     *
     * @throws IllegalArgumentException (from the getters) naming the array that is missing or has the
     *                                  wrong length
     */
    static ParameterSource loading(Map<String, float[]> arrays) {
        return new LoadedParameters(Map.copyOf(arrays));
    }
}
