package dev.copse.cnn.train;

import java.util.SplittableRandom;

/**
 * Random data augmentation of training images: a random crop of the image padded with {@code padding}
 * zero pixels on every side (the image shifted by up to {@code padding} pixels in each direction, as in He
 * et al.'s CIFAR experiments), and optionally a horizontal flip with probability 1/2.
 *
 * @param padding        zero pixels added on each side before cropping, {@code >= 0}; 0 disables the crop
 * @param horizontalFlip whether to mirror half of the images left to right
 */
public record Augmentation(int padding, boolean horizontalFlip) {

    /** @throws IllegalArgumentException when {@code padding < 0} */
    public Augmentation {
        if (padding < 0) {
            throw new IllegalArgumentException("Augmentation.padding must be >= 0, got " + padding);
        }
    }

    /** No augmentation. */
    public static Augmentation none() {
        return new Augmentation(0, false);
    }

    /** Random crops with {@code padding} pixels of zero padding, no flips. */
    public static Augmentation crop(int padding) {
        return new Augmentation(padding, false);
    }

    /** Whether this changes anything. */
    public boolean isEnabled() {
        return padding > 0 || horizontalFlip;
    }

    /**
     * Writes an augmented copy of one {@code channels x height x width} image from {@code src[srcOffset ..]}
     * to {@code dst[dstOffset ..]}, drawing the shift and flip from {@code random}.
     */
    public void apply(float[] src, int srcOffset, float[] dst, int dstOffset, int channels, int height, int width,
                      SplittableRandom random) {
        int dy = padding == 0 ? 0 : random.nextInt(2 * padding + 1) - padding;
        int dx = padding == 0 ? 0 : random.nextInt(2 * padding + 1) - padding;
        boolean flip = horizontalFlip && random.nextBoolean();
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            int in = srcOffset + c * plane;
            int out = dstOffset + c * plane;
            for (int y = 0; y < height; y++) {
                int sy = y + dy;
                for (int x = 0; x < width; x++) {
                    int sx = (flip ? width - 1 - x : x) + dx;
                    boolean inside = sy >= 0 && sy < height && sx >= 0 && sx < width;
                    dst[out + y * width + x] = inside ? src[in + sy * width + sx] : 0f;
                }
            }
        }
    }
}
