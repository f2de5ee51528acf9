package dev.copse.cnn.layer;

import dev.copse.core.kernel.Softmax;

/**
 * Mean cross-entropy of a batch from its logits: {@code L = (1/N) sum_n (logsumexp(z_n) - z_n[y_n])}, with
 * the log-sum-exp shifted by the row maximum so that large logits neither overflow nor lose precision
 * (core {@link Softmax}). Gradient: {@code dL/dz_n = (softmax(z_n) - onehot(y_n)) / N}.
 *
 * <p>Buffers are reused across calls. Not thread-safe.
 */
public final class CrossEntropyLoss {

    private final int classes;
    private float[] probabilities;
    private float[] logSumExp;
    private float[] gradient;
    private int[] labels;
    private int batch;

    /** @throws IllegalArgumentException when {@code classes < 2} */
    public CrossEntropyLoss(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("cross-entropy needs at least 2 classes, got " + classes);
        }
        this.classes = classes;
    }

    /**
     * The mean loss of {@code batch} rows of logits {@code [batch][classes]} against {@code labels[0, batch)};
     * NaN or infinite when the logits are (the caller checks).
     *
     * @throws IllegalArgumentException when a label is outside {@code [0, classes)} or an array is too short
     */
    public double forward(float[] logits, int[] labels, int batch) {
        Buffers.checkInput("cross-entropy", logits, batch, classes);
        if (labels.length < batch) {
            throw new IllegalArgumentException("cross-entropy: " + labels.length + " labels for a batch of " + batch);
        }
        probabilities = Buffers.ensure(probabilities, (long) batch * classes);
        logSumExp = Buffers.ensure(logSumExp, batch);
        Softmax.rows(batch, classes, logits, 0, probabilities, 0);
        Softmax.logSumExpRows(batch, classes, logits, 0, logSumExp, 0);
        double total = 0;
        for (int n = 0; n < batch; n++) {
            int y = labels[n];
            if (y < 0 || y >= classes) {
                throw new IllegalArgumentException("cross-entropy: label " + y + " of sample " + n + " is outside [0, "
                        + classes + ")");
            }
            total += (double) logSumExp[n] - logits[n * classes + y];
        }
        this.labels = labels;
        this.batch = batch;
        return total / batch;
    }

    /**
     * The gradient of the last {@link #forward}'s mean loss with respect to its logits.
     *
     * @return a buffer owned by this loss, {@code [batch][classes]}
     * @throws IllegalStateException when no forward preceded it
     */
    public float[] backward() {
        if (batch == 0) {
            throw new IllegalStateException("cross-entropy: backward called before forward");
        }
        gradient = Buffers.ensure(gradient, (long) batch * classes);
        float scale = 1f / batch;
        for (int n = 0; n < batch; n++) {
            for (int j = 0; j < classes; j++) {
                int i = n * classes + j;
                gradient[i] = (probabilities[i] - (j == labels[n] ? 1f : 0f)) * scale;
            }
        }
        return gradient;
    }

    /** The softmax probabilities of the last forward, {@code [batch][classes]} (a shared buffer). */
    public float[] probabilities() {
        return probabilities;
    }
}
