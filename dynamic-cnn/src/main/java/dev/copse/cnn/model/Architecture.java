package dev.copse.cnn.model;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.core.json.JsonObject;

/**
 * The immutable description of a network's structure, from which a {@link Network} is built and which a
 * model file stores in its header.
 */
public sealed interface Architecture permits ResNetSpec, DenseNetSpec {

    /** The model type written to model files: {@code "resnet"} or {@code "densenet"}. */
    String modelType();

    /** The shape of one input image. */
    TensorShape inputShape();

    /** Number of classes. */
    int classes();

    /** A network with arrays from {@code source}. */
    Network build(ParameterSource source);

    /** A freshly initialised network (see {@link ParameterSource#initializing}). */
    default Network initialize(long seed) {
        return build(ParameterSource.initializing(seed));
    }

    /** The architecture as JSON, read back by {@link #fromJson}. */
    JsonObject toJson();

    /**
     * The architecture of a model of type {@code modelType} from its JSON.
     *
     * @throws IllegalArgumentException naming the field that is missing or invalid, or the unknown type
     */
    static Architecture fromJson(String modelType, JsonObject json) {
        return switch (modelType) {
            case ResNetSpec.MODEL_TYPE -> ResNetSpec.fromJson(json);
            case DenseNetSpec.MODEL_TYPE -> DenseNetSpec.fromJson(json);
            default -> throw new IllegalArgumentException("unknown CNN model type '" + modelType + "'; supported: "
                    + ResNetSpec.MODEL_TYPE + ", " + DenseNetSpec.MODEL_TYPE);
        };
    }
}
