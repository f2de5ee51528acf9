package dev.copse.cnn.layer;

/**
 * The shape of one sample's activations, {@code channels x height x width} in channel-major (CHW) order:
 * element {@code (c, y, x)} of sample {@code n} in a batch buffer sits at
 * {@code ((n * channels + c) * height + y) * width + x} (NCHW). A feature vector of length {@code d} is
 * {@code d x 1 x 1}.
 *
 * @param channels channels, {@code >= 1}
 * @param height   rows, {@code >= 1}
 * @param width    columns, {@code >= 1}
 */
public record TensorShape(int channels, int height, int width) {

    /** @throws IllegalArgumentException when a dimension is below 1 or the size exceeds an int */
    public TensorShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("tensor shape dimensions must be >= 1, got " + channels + "x" + height
                    + "x" + width);
        }
        if ((long) channels * height * width > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("tensor shape " + channels + "x" + height + "x" + width
                    + " is too large for one sample");
        }
    }

    /** A feature vector of {@code features} values, {@code features x 1 x 1}. */
    public static TensorShape vector(int features) {
        return new TensorShape(features, 1, 1);
    }

    /** Floats per sample, {@code channels * height * width}. */
    public int size() {
        return channels * height * width;
    }

    /** Floats per channel, {@code height * width}. */
    public int plane() {
        return height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
