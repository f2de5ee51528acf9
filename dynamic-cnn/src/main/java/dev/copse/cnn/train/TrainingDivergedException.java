package dev.copse.cnn.train;

/**
 * Training stopped because the loss became NaN or infinite. The message names the step, the value and the
 * setting most likely to blame, with what to change.
 */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final long step;

    TrainingDivergedException(int epoch, long step, String message) {
        super(message);
        this.epoch = epoch;
        this.step = step;
    }

    /** The epoch in which the loss diverged, from 1. */
    public int epoch() {
        return epoch;
    }

    /** The optimizer step at which the loss diverged, from 0. */
    public long step() {
        return step;
    }
}
