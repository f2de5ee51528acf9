package dev.copse.core.optim;

/**
 * Step decay: the rate is multiplied by {@code gamma} every {@code stepSize} steps,
 * {@code rate(t) = initialRate * gamma^floor(t / stepSize)} (as in PyTorch's {@code StepLR}).
 *
 * @param initialRate rate of steps {@code 0 .. stepSize - 1}, finite and {@code > 0}
 * @param gamma       decay factor, in {@code (0, 1]}
 * @param stepSize    steps between decays, {@code >= 1}
 */
public record StepDecaySchedule(double initialRate, double gamma, long stepSize) implements LearningRateSchedule {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public StepDecaySchedule {
        Checks.finitePositive("StepDecaySchedule", "initialRate", initialRate);
        if (!(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("StepDecaySchedule.gamma must be in (0, 1], got " + gamma);
        }
        Checks.positive("StepDecaySchedule", "stepSize", stepSize);
    }

    @Override
    public double rate(long step) {
        LearningRateSchedule.checkStep(step);
        return initialRate * Math.pow(gamma, (double) (step / stepSize));
    }
}
