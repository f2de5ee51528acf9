package dev.copse.cascade.scan;

import dev.copse.core.data.ImageShape;

/**
 * Where square windows of side {@code window} sit on a {@code channels x height x width} image when they
 * slide with step {@code stride}: {@code (height - window) / stride + 1} positions down and
 * {@code (width - window) / stride + 1} across (windows never hang over the border), numbered row by row.
 * A window instance holds {@code channels * window * window} values in channel-major order, like the image.
 *
 * @param image  the image layout (CHW)
 * @param window side of the square window, in {@code [1, min(height, width)]}
 * @param stride step between neighbouring positions, {@code >= 1}
 */
public record WindowGeometry(ImageShape image, int window, int stride) {

    /** @throws IllegalArgumentException if the window does not fit the image or the stride is not positive */
    public WindowGeometry {
        if (image == null) {
            throw new IllegalArgumentException("image shape must not be null");
        }
        if (window < 1 || window > Math.min(image.height(), image.width())) {
            throw new IllegalArgumentException("window " + window + " must be in [1, " + Math.min(image.height(),
                    image.width()) + "] for images of " + image);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("stride must be >= 1, got " + stride);
        }
    }

    /** Positions down the image. */
    public int positionsDown() {
        return (image.height() - window) / stride + 1;
    }

    /** Positions across the image. */
    public int positionsAcross() {
        return (image.width() - window) / stride + 1;
    }

    /** All positions: {@code positionsDown() * positionsAcross()}. */
    public int positions() {
        return positionsDown() * positionsAcross();
    }

    /** Values of one window instance: {@code channels * window * window}. */
    public int instanceSize() {
        return image.channels() * window * window;
    }

    /**
     * Copies the window at {@code position} of the image {@code images[imageOffset .. imageOffset +
     * image.size())} into {@code out[outOffset .. outOffset + instanceSize())}; allocates nothing.
     *
     * @throws IndexOutOfBoundsException if the position is outside {@code [0, positions())}
     */
    public void extract(float[] images, int imageOffset, int position, float[] out, int outOffset) {
        if (position < 0 || position >= positions()) {
            throw new IndexOutOfBoundsException("position " + position + " outside [0, " + positions() + ")");
        }
        int top = position / positionsAcross() * stride;
        int left = position % positionsAcross() * stride;
        int at = outOffset;
        for (int c = 0; c < image.channels(); c++) {
            int plane = imageOffset + c * image.height() * image.width();
            for (int y = top; y < top + window; y++) {
                System.arraycopy(images, plane + y * image.width() + left, out, at, window);
                at += window;
            }
        }
    }

    @Override
    public String toString() {
        return window + "x" + window + " windows, stride " + stride + " on " + image + ": " + positionsDown() + "x"
                + positionsAcross() + " positions";
    }
}
