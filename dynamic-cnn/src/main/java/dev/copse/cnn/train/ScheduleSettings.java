package dev.copse.cnn.train;

import dev.copse.core.optim.LearningRateSchedule;

/**
 * How the learning rate changes over training, stated in epochs and turned into a core
 * {@link LearningRateSchedule} over optimizer steps once the steps per epoch are known.
 */
public sealed interface ScheduleSettings {

    /**
     * The schedule over steps for a run of {@code epochs} epochs of {@code stepsPerEpoch} steps each,
     * starting at {@code initialRate}.
     */
    LearningRateSchedule schedule(double initialRate, int epochs, int stepsPerEpoch);

    /** The same rate throughout. */
    static ScheduleSettings constant() {
        return new Constant();
    }

    /** Multiply the rate by {@code gamma} every {@code everyEpochs} epochs. */
    static ScheduleSettings stepDecay(int everyEpochs, double gamma) {
        return new StepDecay(everyEpochs, gamma);
    }

    /** Half a cosine from the initial rate down to 0 over the whole run. */
    static ScheduleSettings cosine() {
        return new Cosine(0);
    }

    /** A constant learning rate. */
    record Constant() implements ScheduleSettings {
        @Override
        public LearningRateSchedule schedule(double initialRate, int epochs, int stepsPerEpoch) {
            return LearningRateSchedule.constant(initialRate);
        }
    }

    /**
     * Step decay ({@link dev.copse.core.optim.StepDecaySchedule}) every {@code everyEpochs} epochs.
     *
     * @param everyEpochs epochs between decays, {@code >= 1}
     * @param gamma       factor per decay, in {@code (0, 1]}
     */
    record StepDecay(int everyEpochs, double gamma) implements ScheduleSettings {

        /** @throws IllegalArgumentException naming the field that is out of range */
        public StepDecay {
            if (everyEpochs < 1) {
                throw new IllegalArgumentException("StepDecay.everyEpochs must be >= 1, got " + everyEpochs);
            }
            if (!(gamma > 0 && gamma <= 1)) {
                throw new IllegalArgumentException("StepDecay.gamma must be in (0, 1], got " + gamma);
            }
        }

        @Override
        public LearningRateSchedule schedule(double initialRate, int epochs, int stepsPerEpoch) {
            return LearningRateSchedule.step(initialRate, gamma, (long) everyEpochs * stepsPerEpoch);
        }
    }

    /**
     * Cosine annealing ({@link dev.copse.core.optim.CosineAnnealingSchedule}) over the whole run.
     *
     * @param minRate the final rate, {@code >= 0} and not above the initial rate
     */
    record Cosine(double minRate) implements ScheduleSettings {

        /** @throws IllegalArgumentException when {@code minRate} is negative or not finite */
        public Cosine {
            if (!(minRate >= 0) || Double.isInfinite(minRate)) {
                throw new IllegalArgumentException("Cosine.minRate must be finite and >= 0, got " + minRate);
            }
        }

        @Override
        public LearningRateSchedule schedule(double initialRate, int epochs, int stepsPerEpoch) {
            return LearningRateSchedule.cosine(initialRate, Math.min(minRate, initialRate),
                    Math.max(1, (long) epochs * stepsPerEpoch));
        }
    }
}
