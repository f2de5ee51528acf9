package dev.copse.core.optim;

/**
 * The learning rate as a function of the optimizer step, counted from 0 for the first update.
 *
 * <p>Schedules count optimizer steps. For a schedule stated in epochs, multiply by the steps per epoch
 * (e.g. decay every 30 epochs of 500 mini-batches: {@code step(0.1, 0.1, 30 * 500)}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface LearningRateSchedule {

    /**
     * The learning rate for the update with index {@code step}.
     *
     * @throws IllegalArgumentException when {@code step < 0}
     */
    double rate(long step);

    /** The same rate at every step. */
    static LearningRateSchedule constant(double rate) {
        return new ConstantSchedule(rate);
    }

    /** {@code initialRate * gamma^floor(step / stepSize)}: see {@link StepDecaySchedule}. */
    static LearningRateSchedule step(double initialRate, double gamma, long stepSize) {
        return new StepDecaySchedule(initialRate, gamma, stepSize);
    }

    /** Half a cosine from {@code initialRate} down to {@code minRate}: see {@link CosineAnnealingSchedule}. */
    static LearningRateSchedule cosine(double initialRate, double minRate, long periodSteps) {
        return new CosineAnnealingSchedule(initialRate, minRate, periodSteps);
    }

    /**
     * This schedule preceded by a linear warm-up of {@code warmupSteps} steps: see {@link WarmupSchedule}.
     *
     * @throws IllegalArgumentException when {@code warmupSteps < 1}
     */
    default LearningRateSchedule withWarmup(long warmupSteps) {
        return new WarmupSchedule(warmupSteps, this);
    }

    /** Throws unless {@code step >= 0}. */
    static void checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("learning-rate schedule step must be >= 0, got " + step);
        }
    }
}
