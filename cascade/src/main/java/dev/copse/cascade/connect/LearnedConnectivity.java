package dev.copse.cascade.connect;

import java.util.List;

/**
 * <b>Learned connectivity (Copse)</b>, METHODS.md section 2: every earlier block (the base features and each
 * earlier level's class vectors) is a candidate source of a level, as in {@link Connectivity#DENSE}; before
 * the level's members train, one gate {@code g_s = sigmoid(c_s)} per candidate block is learned with an L1
 * penalty ({@link SourceGates}), and the blocks whose gate ends below {@link #threshold()} are cut. The
 * level records only the surviving sources, so a cut block is never assembled for it at inference, and an
 * earlier level that no kept level reads is not computed at all
 * ({@link dev.copse.cascade.model.CascadeModel}).
 *
 * <p>The gates are learned by a gated softmax regression on the level's (standardised) input rather than
 * inside the soft forests themselves, because the soft-forest trainer has no input-gate hook yet; see
 * {@link SourceGates} for the model, the penalty and why the split weights need an L2 term.
 *
 * @param l1           weight {@code lambda} of the L1 penalty {@code lambda sum_s g_s}, {@code >= 0}
 * @param l2           weight {@code mu} of {@code (mu / 2) ||W||^2} on the probe's weights, {@code > 0}; without
 *                     it the weights could grow to undo any gate and the L1 penalty would mean nothing
 * @param threshold    a source whose gate ends below this is cut, in (0, 1)
 * @param steps        Adam steps of the gate probe (mini-batches of 256 rows, cycling over its rows in a
 *                     fresh seeded order each pass), {@code >= 1}
 * @param sampleRows   most rows (a seeded random subset) the probe learns from, {@code >= 1}
 * @param learningRate Adam step size of the probe, {@code > 0}
 */
public record LearnedConnectivity(double l1, double l2, double threshold, int steps, int sampleRows,
                                  double learningRate) implements Connectivity {

    /** The key of saved models and reports. */
    public static final String KEY = "learned";

    /** @throws IllegalArgumentException naming the first field out of range */
    public LearnedConnectivity {
        if (!(l1 >= 0) || Double.isInfinite(l1)) {
            throw new IllegalArgumentException("l1 must be finite and >= 0, got " + l1);
        }
        if (!(l2 > 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and > 0, got " + l2);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
        }
        if (steps < 1 || sampleRows < 1) {
            throw new IllegalArgumentException("steps and sampleRows must be >= 1, got " + steps + " and "
                    + sampleRows);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, got " + learningRate);
        }
    }

    /**
     * The defaults: {@code l1 = 0.01}, {@code l2 = 0.001}, threshold 0.1, 1,000 steps on at most 8,192 rows,
     * learning rate 0.01 (chosen on the synthetic noise-source test and the embedded MNIST subset).
     */
    public static LearnedConnectivity defaults() {
        return new LearnedConnectivity(0.01, 0.001, 0.1, 1000, 8192, 0.01);
    }

    public LearnedConnectivity withL1(double value) {
        return new LearnedConnectivity(value, l2, threshold, steps, sampleRows, learningRate);
    }

    public LearnedConnectivity withThreshold(double value) {
        return new LearnedConnectivity(l1, l2, value, steps, sampleRows, learningRate);
    }

    @Override
    public String key() {
        return KEY;
    }

    /** The candidates: every earlier block, as {@link Connectivity#DENSE}. */
    @Override
    public List<Source> sources(int level) {
        return DENSE.sources(level);
    }

    @Override
    public String toString() {
        return KEY;
    }
}
