package dev.copse.cascade.member;

import java.util.Arrays;

/**
 * How a level's input row is made of blocks: the base features, then each earlier level's class vectors, in
 * the order of the level's sources. Members that treat blocks differently read it: the soft-forest member
 * scales a pixel block with one shared mean and deviation, and learned connectivity puts one gate on each
 * block.
 *
 * @param widths      columns of each block, in input order, each {@code >= 1}
 * @param pixelsFirst whether the first block holds the pixels of an image (values in one unit, scaled
 *                    together) rather than features in units of their own
 */
public record InputBlocks(int[] widths, boolean pixelsFirst) {

    /** @throws IllegalArgumentException if there is no block or a width is not positive */
    public InputBlocks {
        if (widths == null || widths.length == 0) {
            throw new IllegalArgumentException("an input needs at least one block");
        }
        widths = widths.clone();
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("block widths must be >= 1, got " + Arrays.toString(widths));
            }
        }
    }

    /** One block of {@code width} features in units of their own. */
    public static InputBlocks single(int width) {
        return new InputBlocks(new int[] {width}, false);
    }

    /** One block of {@code width} pixels. */
    public static InputBlocks pixels(int width) {
        return new InputBlocks(new int[] {width}, true);
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** Blocks. */
    public int count() {
        return widths.length;
    }

    /** Columns of block {@code b}. */
    public int width(int b) {
        return widths[b];
    }

    /** The first column of block {@code b}. */
    public int start(int b) {
        int start = 0;
        for (int i = 0; i < b; i++) {
            start += widths[i];
        }
        return start;
    }

    /** Columns of all blocks. */
    public int totalWidth() {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputBlocks b && Arrays.equals(widths, b.widths) && pixelsFirst == b.pixelsFirst;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(widths) + Boolean.hashCode(pixelsFirst);
    }

    @Override
    public String toString() {
        return "InputBlocks" + Arrays.toString(widths) + (pixelsFirst ? " (pixels first)" : "");
    }
}
