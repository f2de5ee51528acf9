package dev.copse.core.optim;

/**
 * A constant learning rate.
 *
 * @param rate the rate at every step, finite and {@code > 0}
 */
public record ConstantSchedule(double rate) implements LearningRateSchedule {

    /** @throws IllegalArgumentException when {@code rate} is not finite and positive */
    public ConstantSchedule {
        Checks.finitePositive("ConstantSchedule", "rate", rate);
    }

    @Override
    public double rate(long step) {
        LearningRateSchedule.checkStep(step);
        return rate;
    }
}
