package dev.copse.core.kernel;

/** Argument checks shared by the kernel facades, run before any memory is touched. */
final class ArrayChecks {

    private ArrayChecks() {
    }

    /**
     * Checks that {@code array[offset, offset + length)} exists.
     *
     * @param operation the public method, for the message, e.g. {@code "Softmax.rows"}
     * @param name      the argument, for the message, e.g. {@code "x"}
     * @throws NullPointerException     when {@code array} is {@code null}
     * @throws IllegalArgumentException when the offset is negative or the range passes the array's end
     */
    static void range(String operation, String name, float[] array, int offset, long length) {
        if (array == null) {
            throw new NullPointerException(operation + ": array " + name + " is null");
        }
        if (offset < 0) {
            throw new IllegalArgumentException(operation + ": offset of " + name + " must be >= 0, got " + offset);
        }
        if (offset + length > array.length) {
            throw new IllegalArgumentException(operation + ": " + name + " needs " + length + " floats from offset "
                    + offset + " but the array has length " + array.length);
        }
    }

    /** Throws when a count is negative. */
    static void nonNegative(String operation, String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(operation + ": " + name + " must be >= 0, got " + value);
        }
    }

    /** Throws when an output range shares elements with an input range without being the same range. */
    static void sameOrDisjoint(String operation, String in, float[] x, int xOffset, String out, float[] y,
                               int yOffset, long length) {
        if (x == y && xOffset != yOffset && xOffset < yOffset + length && yOffset < xOffset + length) {
            throw new IllegalArgumentException(operation + ": " + out + " overlaps " + in
                    + " at a different offset; use the same range (in place) or disjoint ranges");
        }
    }
}
