package dev.copse.core.optim;

/**
 * Cosine annealing from {@code initialRate} to a floor {@code minRate} over {@code periodSteps}, then
 * constant at the floor:
 * {@code rate(t) = minRate + (initialRate - minRate) * (1 + cos(pi * t / periodSteps)) / 2} for
 * {@code t <= periodSteps} (Loshchilov and Hutter, "SGDR: Stochastic Gradient Descent with Warm
 * Restarts", ICLR 2017, eq. 5, without restarts).
 *
 * @param initialRate rate at step 0, finite and {@code > 0}
 * @param minRate     floor reached at {@code periodSteps}, finite, {@code 0 <= minRate <= initialRate}
 * @param periodSteps length of the descent, {@code >= 1}
 */
public record CosineAnnealingSchedule(double initialRate, double minRate, long periodSteps)
        implements LearningRateSchedule {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public CosineAnnealingSchedule {
        Checks.finitePositive("CosineAnnealingSchedule", "initialRate", initialRate);
        Checks.finiteNonNegative("CosineAnnealingSchedule", "minRate", minRate);
        if (minRate > initialRate) {
            throw new IllegalArgumentException("CosineAnnealingSchedule.minRate (" + minRate
                    + ") must not exceed initialRate (" + initialRate + ")");
        }
        Checks.positive("CosineAnnealingSchedule", "periodSteps", periodSteps);
    }

    @Override
    public double rate(long step) {
        LearningRateSchedule.checkStep(step);
        if (step >= periodSteps) {
            return minRate;
        }
        return minRate + (initialRate - minRate) * (1 + Math.cos(Math.PI * step / periodSteps)) / 2;
    }
}
