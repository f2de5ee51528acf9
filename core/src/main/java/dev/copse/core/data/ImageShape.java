package dev.copse.core.data;

/**
 * The layout of one image stored as a feature row: {@code channels x height x width}, channel-major
 * (CHW: feature index {@code (c * height + y) * width + x}).
 *
 * @param channels colour channels, at least 1 (1 for MNIST)
 * @param height   rows of pixels, at least 1
 * @param width    columns of pixels, at least 1
 */
public record ImageShape(int channels, int height, int width) {

    /**
     * @throws IllegalArgumentException if a dimension is not positive or the product overflows an int
     */
    public ImageShape {
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException(
                    "image shape dimensions must be positive, got " + channels + "x" + height + "x" + width);
        }
        if ((long) channels * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "image shape " + channels + "x" + height + "x" + width + " has too many pixels");
        }
    }

    /** Features per image: {@code channels * height * width}. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return channels + "x" + height + "x" + width;
    }
}
