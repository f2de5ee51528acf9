package dev.copse.cnn.layer;

/**
 * A named array that a layer estimates during training but does not learn by gradient: batch
 * normalisation's running mean and variance, an activation quantizer's running range. It is saved with the
 * model and shared (same array) between a layer and its replicas.
 *
 * @param name   the qualified name, e.g. {@code "stem.bn.running_mean"}; the key in model files
 * @param values the values, shared (not a copy)
 */
public record RunningState(String name, float[] values) {

    /** @throws IllegalArgumentException when the name is blank or the values are missing */
    public RunningState {
        if (name == null || name.isBlank() || values == null) {
            throw new IllegalArgumentException("running state needs a name and values, got '" + name + "'");
        }
    }
}
