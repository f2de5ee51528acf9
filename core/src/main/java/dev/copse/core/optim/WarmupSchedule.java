package dev.copse.core.optim;

import java.util.Objects;

/**
 * A linear warm-up before another schedule: for {@code t < warmupSteps} the rate is
 * {@code after.rate(0) * (t + 1) / warmupSteps}, rising to the full rate at the last warm-up step; from
 * then on it is {@code after.rate(t - warmupSteps)}, so the following schedule starts where warm-up ends
 * (a cosine descent after warm-up spans its whole period).
 *
 * @param warmupSteps steps of warm-up, {@code >= 1}
 * @param after       the schedule that follows, not {@code null}
 */
public record WarmupSchedule(long warmupSteps, LearningRateSchedule after) implements LearningRateSchedule {

    /** @throws IllegalArgumentException when {@code warmupSteps < 1} */
    public WarmupSchedule {
        Checks.positive("WarmupSchedule", "warmupSteps", warmupSteps);
        Objects.requireNonNull(after, "WarmupSchedule.after");
    }

    @Override
    public double rate(long step) {
        LearningRateSchedule.checkStep(step);
        if (step < warmupSteps) {
            return after.rate(0) * (step + 1) / warmupSteps;
        }
        return after.rate(step - warmupSteps);
    }
}
