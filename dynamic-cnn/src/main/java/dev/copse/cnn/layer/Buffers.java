package dev.copse.cnn.layer;

/**
 * Growth of reusable activation buffers and the argument checks every layer makes on them.
 *
 * <p>Stateless and thread-safe.
 */
public final class Buffers {

    private Buffers() {
    }

    /**
     * {@code buffer} when it holds at least {@code size} floats, otherwise a new zeroed array of exactly
     * {@code size}: buffers grow to the largest batch seen and are then reused.
     *
     * @throws IllegalArgumentException when {@code size} exceeds the largest Java array
     */
    public static float[] ensure(float[] buffer, long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("an activation buffer of " + size + " floats exceeds one Java array; "
                    + "use a smaller batch");
        }
        return buffer != null && buffer.length >= size ? buffer : new float[(int) size];
    }

    /**
     * Checks a forward call: {@code batch >= 1} and {@code input} holds {@code batch} samples of
     * {@code sampleSize} floats.
     *
     * @throws IllegalArgumentException naming the layer and the problem
     */
    public static void checkInput(String layer, float[] input, int batch, int sampleSize) {
        if (batch < 1) {
            throw new IllegalArgumentException(layer + ": batch must be >= 1, got " + batch);
        }
        if (input == null) {
            throw new IllegalArgumentException(layer + ": input is null");
        }
        if ((long) batch * sampleSize > input.length) {
            throw new IllegalArgumentException(layer + ": input holds " + input.length + " floats, fewer than "
                    + batch + " samples of " + sampleSize);
        }
    }

    /**
     * Checks a backward call: a forward preceded it and {@code gradOutput} holds its batch.
     *
     * @throws IllegalStateException    when {@code batch == 0} (no forward yet)
     * @throws IllegalArgumentException when {@code gradOutput} is too short
     */
    public static void checkGradient(String layer, float[] gradOutput, int batch, int sampleSize) {
        if (batch == 0) {
            throw new IllegalStateException(layer + ": backward called before forward");
        }
        if (gradOutput == null || (long) batch * sampleSize > gradOutput.length) {
            throw new IllegalArgumentException(layer + ": output gradient must hold " + batch + " samples of "
                    + sampleSize + " floats");
        }
    }
}
