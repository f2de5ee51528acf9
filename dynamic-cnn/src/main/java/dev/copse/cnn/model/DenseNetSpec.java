package dev.copse.cnn.model;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * A small DenseNet (Huang et al., "Densely Connected Convolutional Networks", CVPR 2017, section 3, the
 * variant without bottleneck layers): a 3x3 convolution to {@code initialChannels}, then dense blocks of
 * BN-ReLU-conv3x3 layers with growth rate {@code k} ({@link dev.copse.cnn.block.DenseBlock}), separated by
 * transitions (BN, ReLU, 1x1 convolution to {@code floor(compression * C)} channels, 2x2 average pooling),
 * then BN, ReLU, global average pooling and a linear classifier.
 *
 * @param inputShape      one input image
 * @param classes         number of classes, {@code >= 2}
 * @param growthRate      channels each dense layer adds, {@code k >= 1}
 * @param layersPerBlock  layers of each dense block, at least one block, each {@code >= 1}
 * @param initialChannels channels of the first convolution, {@code >= 1}
 * @param compression     the transitions' channel factor theta, in {@code (0, 1]}
 */
public record DenseNetSpec(TensorShape inputShape, int classes, int growthRate, List<Integer> layersPerBlock,
                           int initialChannels, double compression) implements Architecture {

    /** The model type in model files. */
    public static final String MODEL_TYPE = "densenet";

    /** @throws IllegalArgumentException naming the field that is out of range */
    public DenseNetSpec {
        if (inputShape == null) {
            throw new IllegalArgumentException("DenseNetSpec.inputShape must not be null");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("DenseNetSpec.classes must be >= 2, got " + classes);
        }
        if (growthRate < 1 || initialChannels < 1) {
            throw new IllegalArgumentException("DenseNetSpec.growthRate and initialChannels must be >= 1, got "
                    + growthRate + " and " + initialChannels);
        }
        layersPerBlock = List.copyOf(layersPerBlock);
        if (layersPerBlock.isEmpty() || layersPerBlock.stream().anyMatch(l -> l < 1)) {
            throw new IllegalArgumentException("DenseNetSpec.layersPerBlock must hold at least one block, each >= 1, "
                    + "got " + layersPerBlock);
        }
        if (!(compression > 0 && compression <= 1)) {
            throw new IllegalArgumentException("DenseNetSpec.compression must be in (0, 1], got " + compression);
        }
        int size = Math.min(inputShape.height(), inputShape.width());
        if (size >> (layersPerBlock.size() - 1) < 1) {
            throw new IllegalArgumentException("DenseNetSpec: " + (layersPerBlock.size() - 1) + " transitions halve a "
                    + inputShape + " image below one pixel; use fewer blocks");
        }
    }

    /**
     * A builder with the defaults: growth rate 12, three blocks of 4 layers, 24 initial channels,
     * compression 0.5, 1x28x28 images, 10 classes.
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public DenseNet build(ParameterSource source) {
        return new DenseNet(this, source);
    }

    @Override
    public DenseNet initialize(long seed) {
        return build(ParameterSource.initializing(seed));
    }

    @Override
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("input_shape", JsonFields.array(inputShape))
                .put("classes", classes)
                .put("growth_rate", growthRate)
                .put("layers_per_block", JsonFields.array(layersPerBlock))
                .put("initial_channels", initialChannels)
                .put("compression", compression)
                .build();
    }

    /**
     * Reads what {@link #toJson()} wrote.
     *
     * @throws IllegalArgumentException naming the missing or invalid field
     */
    public static DenseNetSpec fromJson(JsonObject json) {
        return new DenseNetSpec(JsonFields.shape(json, "input_shape"), JsonFields.integer(json, "classes"),
                JsonFields.integer(json, "growth_rate"), JsonFields.integers(json, "layers_per_block"),
                JsonFields.integer(json, "initial_channels"), JsonFields.number(json, "compression"));
    }

    /** Collects the fields of a {@link DenseNetSpec}; validation happens in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private TensorShape inputShape = new TensorShape(1, 28, 28);
        private int classes = 10;
        private int growthRate = 12;
        private List<Integer> layersPerBlock = List.of(4, 4, 4);
        private int initialChannels = 24;
        private double compression = 0.5;

        private Builder() {
        }

        public Builder inputShape(int channels, int height, int width) {
            this.inputShape = new TensorShape(channels, height, width);
            return this;
        }

        public Builder classes(int classes) {
            this.classes = classes;
            return this;
        }

        /** The growth rate {@code k}; also sets the initial channels to {@code 2k}, as in the paper. */
        public Builder growthRate(int growthRate) {
            this.growthRate = growthRate;
            this.initialChannels = 2 * growthRate;
            return this;
        }

        /** Layers of each dense block, one block per value. */
        public Builder layersPerBlock(int... layers) {
            this.layersPerBlock = Arrays.stream(layers).boxed().toList();
            return this;
        }

        public Builder initialChannels(int initialChannels) {
            this.initialChannels = initialChannels;
            return this;
        }

        public Builder compression(double compression) {
            this.compression = compression;
            return this;
        }

        /** @throws IllegalArgumentException as the {@link DenseNetSpec} constructor */
        public DenseNetSpec build() {
            return new DenseNetSpec(inputShape, classes, growthRate, layersPerBlock, initialChannels, compression);
        }
    }
}
