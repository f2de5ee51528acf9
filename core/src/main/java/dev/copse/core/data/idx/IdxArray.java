package dev.copse.core.data.idx;

import java.util.Arrays;

/**
 * The content of one IDX file of unsigned bytes: its dimensions and its elements in row-major order
 * (the last dimension varies fastest), exactly as stored. MNIST images are {@code [count][28][28]}, labels
 * {@code [count]}.
 *
 * <p>Immutable: {@link #dims()} and {@link #copyData()} return copies; {@link #unsignedByte(int)} reads
 * one element without copying.
 */
public final class IdxArray {

    private final int[] dims;
    private final byte[] data;

    /** Takes ownership of both arrays; the reader and {@link #ofUnsignedBytes} have checked them. */
    IdxArray(int[] dims, byte[] data) {
        this.dims = dims;
        this.data = data;
    }

    /**
     * An array of unsigned bytes with the given dimensions (both arrays are copied).
     *
     * @throws IllegalArgumentException if there are no dimensions, more than 255, a negative one, or
     *                                  the product of the dimensions differs from {@code data.length}
     */
    public static IdxArray ofUnsignedBytes(int[] dims, byte[] data) {
        if (dims.length == 0 || dims.length > 255) {
            throw new IllegalArgumentException("an IDX array needs 1 to 255 dimensions, got " + dims.length);
        }
        long product = 1;
        for (int dim : dims) {
            if (dim < 0) {
                throw new IllegalArgumentException("IDX dimensions must not be negative: " + Arrays.toString(dims));
            }
            product *= dim;
            if (product > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("IDX dimensions " + Arrays.toString(dims) + " are too large");
            }
        }
        if (product != data.length) {
            throw new IllegalArgumentException("IDX dimensions " + Arrays.toString(dims) + " need " + product
                    + " elements but " + data.length + " were given");
        }
        return new IdxArray(dims.clone(), data.clone());
    }

    /** Number of dimensions. */
    public int rank() {
        return dims.length;
    }

    /** Size of dimension {@code axis}. */
    public int dim(int axis) {
        return dims[axis];
    }

    /** All dimensions (a copy). */
    public int[] dims() {
        return dims.clone();
    }

    /** Number of elements, the product of the dimensions. */
    public int length() {
        return data.length;
    }

    /** Element {@code index} (row-major) as a value in {@code [0, 255]}. */
    public int unsignedByte(int index) {
        return data[index] & 0xFF;
    }

    /** The elements as stored (a copy). */
    public byte[] copyData() {
        return data.clone();
    }

    /** The backing elements, for this package's readers and writers only. */
    byte[] data() {
        return data;
    }

    @Override
    public String toString() {
        return "IdxArray[unsigned byte " + Arrays.toString(dims) + "]";
    }
}
