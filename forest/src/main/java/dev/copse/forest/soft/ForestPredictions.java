package dev.copse.forest.soft;

import java.util.Arrays;

/**
 * Class probabilities for a batch of inputs, with the work each input actually cost. Immutable.
 */
public final class ForestPredictions {

    private final int classes;
    private final float[] probabilities; // [n][C]
    private final InferenceWork[] work;  // [n]

    ForestPredictions(int classes, float[] probabilities, InferenceWork[] work) {
        this.classes = classes;
        this.probabilities = probabilities;
        this.work = work;
    }

    public int size() {
        return work.length;
    }

    public int numClasses() {
        return classes;
    }

    public float probability(int row, int c) {
        return probabilities[row * classes + c];
    }

    /** All probabilities, {@code size() x numClasses()} row-major (a copy). */
    public float[] probabilities() {
        return probabilities.clone();
    }

    /** The most probable class of input {@code row} (the lowest class index among ties). */
    public int label(int row) {
        int base = row * classes;
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (probabilities[base + c] > probabilities[base + best]) {
                best = c;
            }
        }
        return best;
    }

    public int[] labels() {
        int[] out = new int[size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = label(r);
        }
        return out;
    }

    /** Fraction of rows whose {@link #label(int)} equals {@code y[row]}. */
    public double accuracy(int[] y) {
        if (y.length != size()) {
            throw new IllegalArgumentException("accuracy needs " + size() + " labels, got " + y.length);
        }
        int correct = 0;
        for (int r = 0; r < y.length; r++) {
            if (label(r) == y[r]) {
                correct++;
            }
        }
        return y.length == 0 ? 0 : correct / (double) y.length;
    }

    public InferenceWork work(int row) {
        return work[row];
    }

    /** Work summed over all inputs, as {innerNodesEvaluated, nodesMixed, sigmoids}. */
    public long[] totalWork() {
        long[] total = new long[3];
        for (InferenceWork w : work) {
            total[0] += w.innerNodesEvaluated();
            total[1] += w.nodesMixed();
            total[2] += w.sigmoids();
        }
        return total;
    }

    @Override
    public String toString() {
        return "ForestPredictions[" + size() + " rows, " + classes + " classes, work " + Arrays.toString(totalWork()) + "]";
    }
}
