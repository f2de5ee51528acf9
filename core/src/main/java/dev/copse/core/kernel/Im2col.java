package dev.copse.core.kernel;

/**
 * Lowering of a 2-D convolution to a matrix product: im2col copies each receptive field of an NCHW image
 * into a column of a matrix, and col2im is its adjoint, which scatters gradients back to the image.
 * {@link ConvGeometry} gives the layout of the column matrix.
 *
 * <p>Forward convolution of one image: {@code im2col(x) -> cols}, then
 * {@code out [filters][outH*outW] = W [filters][columnRows] * cols}. Backward: the gradient with respect to
 * the input is {@code col2im(W^T * dOut)}. For a batch, call once per image with the image's offset.
 *
 * <p>Cost: {@code O(columnSize)} reads and writes; memory-bound.
 *
 * <p>Thread-safety: calls that write disjoint outputs may run concurrently.
 */
public final class Im2col {

    private Im2col() {
    }

    /**
     * Writes all {@code geometry.columnSize()} floats of the column matrix of one image to
     * {@code columns[columnsOffset...]}; taps in the padding get zero.
     *
     * @param image         the image, {@code channels x height x width} floats from {@code imageOffset}
     * @param columns       receives {@code columnRows x columnCols} floats from {@code columnsOffset}
     * @throws IllegalArgumentException when a range does not fit its array, an offset is negative, or both
     *                                  buffers are the same array
     * @throws NullPointerException     when an argument is {@code null}
     */
    public static void im2col(ConvGeometry geometry, float[] image, int imageOffset, float[] columns,
                              int columnsOffset) {
        check("Im2col.im2col", geometry, image, imageOffset, columns, columnsOffset);
        Kernels.support().im2col(geometry, image, imageOffset, columns, columnsOffset);
    }

    /**
     * Adds each entry of the column matrix to the image element it was copied from by {@link #im2col}
     * (entries from the padding are dropped). It accumulates: clear {@code image} first for a plain
     * scatter. For any {@code x} and {@code y}, {@code <im2col(x), y> == <x, col2im(y)>}.
     *
     * @throws IllegalArgumentException when a range does not fit its array, an offset is negative, or both
     *                                  buffers are the same array
     * @throws NullPointerException     when an argument is {@code null}
     */
    public static void col2im(ConvGeometry geometry, float[] columns, int columnsOffset, float[] image,
                              int imageOffset) {
        check("Im2col.col2im", geometry, image, imageOffset, columns, columnsOffset);
        Kernels.support().col2im(geometry, columns, columnsOffset, image, imageOffset);
    }

    private static void check(String operation, ConvGeometry geometry, float[] image, int imageOffset,
                              float[] columns, int columnsOffset) {
        if (geometry == null) {
            throw new NullPointerException(operation + ": geometry is null");
        }
        ArrayChecks.range(operation, "image", image, imageOffset, geometry.imageSize());
        ArrayChecks.range(operation, "columns", columns, columnsOffset, geometry.columnSize());
        if (image == columns) {
            throw new IllegalArgumentException(operation + ": image and columns must be different arrays");
        }
    }
}
