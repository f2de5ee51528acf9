package dev.copse.cnn.layer;

import java.util.Arrays;

/**
 * One trainable array of a layer and its gradient: two flat float buffers of equal length, so a core
 * optimizer ({@link dev.copse.core.optim.Optimizer}) steps over them directly.
 *
 * <p>Layers <em>add</em> their gradients to {@link #gradients()}; whoever runs the training step clears them
 * with {@link #zeroGradients()} first. A layer and its replicas ({@link Layer#replica()}) share the same
 * {@code Parameter}, so gradients from several forward passes of one weight sum up.
 *
 * <p>{@link #version()} counts {@link #markUpdated()} calls, so caches derived from the values (quantized
 * weights) know when to refresh. Whoever changes {@link #values()} must call it.
 *
 * <p>Not thread-safe; the arrays are shared, not copied.
 */
public final class Parameter {

    private final String name;
    private final int[] shape;
    private final float[] values;
    private float[] gradients;
    private long version;

    /**
     * @param name   the qualified name, e.g. {@code "stage1.block0.conv1.weight"}; the key in model files
     * @param values the values, shared; their count must equal the product of {@code shape}
     * @param shape  the logical shape, e.g. {@code [filters, channels, kh, kw]}
     * @throws IllegalArgumentException when the name is blank or the shape does not hold the values
     */
    public Parameter(String name, float[] values, int... shape) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("parameter name must not be blank");
        }
        long count = 1;
        for (int dim : shape) {
            if (dim < 1) {
                throw new IllegalArgumentException("parameter '" + name + "' has a dimension < 1: "
                        + Arrays.toString(shape));
            }
            count *= dim;
        }
        if (count != values.length) {
            throw new IllegalArgumentException("parameter '" + name + "' has shape " + Arrays.toString(shape)
                    + " (" + count + " values) but " + values.length + " values");
        }
        this.name = name;
        this.shape = shape.clone();
        this.values = values;
    }

    public String name() {
        return name;
    }

    /** A copy of the logical shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Number of values. */
    public int size() {
        return values.length;
    }

    /** The values, shared (not a copy). */
    public float[] values() {
        return values;
    }

    /** The gradient buffer, allocated zeroed on first use and shared (not a copy). */
    public float[] gradients() {
        if (gradients == null) {
            gradients = new float[values.length];
        }
        return gradients;
    }

    /** Sets every gradient to zero. */
    public void zeroGradients() {
        if (gradients != null) {
            Arrays.fill(gradients, 0f);
        }
    }

    /** Records that {@link #values()} changed (after an optimizer step or a load). */
    public void markUpdated() {
        version++;
    }

    /** How many times the values were marked updated. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape);
    }
}
