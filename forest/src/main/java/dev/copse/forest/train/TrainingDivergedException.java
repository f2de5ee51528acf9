package dev.copse.forest.train;

/**
 * Training produced a loss that is not a finite number. The message names the epoch and batch and what to
 * change (a lower learning rate, a lower beta).
 */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrainingDivergedException(String message) {
        super(message);
    }
}
