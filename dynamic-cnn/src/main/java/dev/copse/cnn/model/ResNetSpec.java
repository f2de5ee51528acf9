package dev.copse.cnn.model;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A ResNet for small images in the manner of He et al. ("Deep Residual Learning for Image Recognition",
 * CVPR 2016, section 4.2, the CIFAR networks): a 3x3 convolution to {@code widths[0]} channels with batch
 * norm and ReLU, then one stage per width of {@code blocksPerStage} {@link dev.copse.cnn.block.BasicBlock}s
 * (the first block of every stage after the first has stride 2 and a projection shortcut), then global
 * average pooling and a linear layer. With three stages the depth is {@code 6n + 2}: ResNet-8 has one block
 * per stage, ResNet-20 three. Widths 16/32/64 are the paper's.
 *
 * @param inputShape     one input image, e.g. {@code 1x28x28} (MNIST) or {@code 3x32x32} (CIFAR)
 * @param classes        number of classes, {@code >= 2}
 * @param blocksPerStage residual blocks per stage, {@code n >= 1}
 * @param widths         channels of each stage, at least one stage, each {@code >= 1}
 * @param blockVariant   what every block adds to its residual branch ({@link BlockVariant}; plain by default)
 */
public record ResNetSpec(TensorShape inputShape, int classes, int blocksPerStage, List<Integer> widths,
                         BlockVariant blockVariant) implements Architecture {

    /** The model type in model files. */
    public static final String MODEL_TYPE = "resnet";

    /** @throws IllegalArgumentException naming the field that is out of range */
    public ResNetSpec {
        if (inputShape == null) {
            throw new IllegalArgumentException("ResNetSpec.inputShape must not be null");
        }
        if (classes < 2) {
            throw new IllegalArgumentException("ResNetSpec.classes must be >= 2, got " + classes);
        }
        if (blocksPerStage < 1) {
            throw new IllegalArgumentException("ResNetSpec.blocksPerStage must be >= 1, got " + blocksPerStage);
        }
        if (blockVariant == null) {
            throw new IllegalArgumentException("ResNetSpec.blockVariant must not be null");
        }
        widths = List.copyOf(widths);
        if (widths.isEmpty() || widths.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("ResNetSpec.widths must hold at least one width, each >= 1, got "
                    + widths);
        }
    }

    /** A ResNet of plain basic blocks. */
    public ResNetSpec(TensorShape inputShape, int classes, int blocksPerStage, List<Integer> widths) {
        this(inputShape, classes, blocksPerStage, widths, BlockVariant.PLAIN);
    }

    /**
     * A builder with the defaults: 3 stages of widths 16/32/64, one block per stage (ResNet-8), 1x28x28 images,
     * 10 classes.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Layers with weights on the longest path: {@code 2 n stages + 2}. */
    public int depth() {
        return 2 * blocksPerStage * widths.size() + 2;
    }

    /** Number of residual blocks, {@code n * stages}. */
    public int blocks() {
        return blocksPerStage * widths.size();
    }

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public ResNet build(ParameterSource source) {
        return new ResNet(this, source);
    }

    @Override
    public ResNet initialize(long seed) {
        return build(ParameterSource.initializing(seed));
    }

    @Override
    public JsonObject toJson() {
        return JsonObject.builder()
                .put("input_shape", JsonFields.array(inputShape))
                .put("classes", classes)
                .put("blocks_per_stage", blocksPerStage)
                .put("widths", JsonFields.array(widths))
                .put("block_variant", blockVariant.name().toLowerCase(Locale.ROOT))
                .build();
    }

    /**
     * Reads what {@link #toJson()} wrote; a file without {@code block_variant} (written before variants
     * existed) holds plain blocks.
     *
     * @throws IllegalArgumentException naming the missing or invalid field
     */
    public static ResNetSpec fromJson(JsonObject json) {
        return new ResNetSpec(JsonFields.shape(json, "input_shape"), JsonFields.integer(json, "classes"),
                JsonFields.integer(json, "blocks_per_stage"), JsonFields.integers(json, "widths"),
                json.find("block_variant").map(v -> BlockVariant.parse(v.asString())).orElse(BlockVariant.PLAIN));
    }

    /** Collects the fields of a {@link ResNetSpec}; validation happens in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private TensorShape inputShape = new TensorShape(1, 28, 28);
        private int classes = 10;
        private int blocksPerStage = 1;
        private List<Integer> widths = List.of(16, 32, 64);
        private BlockVariant blockVariant = BlockVariant.PLAIN;

        private Builder() {
        }

        /** The input image shape. */
        public Builder inputShape(int channels, int height, int width) {
            this.inputShape = new TensorShape(channels, height, width);
            return this;
        }

        /** The number of classes. */
        public Builder classes(int classes) {
            this.classes = classes;
            return this;
        }

        /** Residual blocks per stage. */
        public Builder blocksPerStage(int blocksPerStage) {
            this.blocksPerStage = blocksPerStage;
            return this;
        }

        /**
         * The depth {@code 6n + 2} of a three-stage network (8, 14, 20, 32, 44, 56, 110, ...).
         *
         * @throws IllegalArgumentException when the depth is not of that form or the widths are not three stages
         */
        public Builder depth(int depth) {
            if (widths.size() != 3 || depth < 8 || (depth - 2) % 6 != 0) {
                throw new IllegalArgumentException("ResNet depth must be 6n + 2 (8, 14, 20, ...) with three stages, "
                        + "got " + depth + " with " + widths.size() + " stages");
            }
            this.blocksPerStage = (depth - 2) / 6;
            return this;
        }

        /** The channels of each stage, one stage per value. */
        public Builder widths(int... widths) {
            this.widths = Arrays.stream(widths).boxed().toList();
            return this;
        }

        /** What every block adds to its residual branch. */
        public Builder blockVariant(BlockVariant blockVariant) {
            this.blockVariant = blockVariant;
            return this;
        }

        /** @throws IllegalArgumentException as the {@link ResNetSpec} constructor */
        public ResNetSpec build() {
            return new ResNetSpec(inputShape, classes, blocksPerStage, widths, blockVariant);
        }
    }
}
