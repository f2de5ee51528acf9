package dev.copse.core.modelfile;

import java.util.Arrays;

/**
 * One named array of a model file: its type, shape and values. Exactly one of {@code floats} and
 * {@code ints} is non-null, matching {@code type}. Arrays are shared, not copied: treat them as read-only.
 */
record Tensor(TensorType type, int[] shape, float[] floats, int[] ints) {

    static Tensor of(float[] values, int... shape) {
        checkShape(shape, values.length);
        return new Tensor(TensorType.F32, shape.clone(), values, null);
    }

    static Tensor of(int[] values, int... shape) {
        checkShape(shape, values.length);
        return new Tensor(TensorType.I32, shape.clone(), null, values);
    }

    int length() {
        return type == TensorType.F32 ? floats.length : ints.length;
    }

    /** Number of elements a shape holds, or -1 if a dimension is negative or the product overflows an int. */
    static long elements(int[] shape) {
        long count = 1;
        for (int dim : shape) {
            if (dim < 0) {
                return -1;
            }
            count *= dim;
            if (count > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return count;
    }

    private static void checkShape(int[] shape, int length) {
        if (elements(shape) != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + length
                    + " values");
        }
    }
}
