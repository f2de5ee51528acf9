package dev.copse.cnn.train;

import java.util.Objects;

/**
 * How {@link CnnTrainer} trains a network.
 *
 * @param epochs             passes over the training data, {@code >= 1}
 * @param batchSize          images per step, {@code >= 2} (batch normalisation needs more than one)
 * @param optimizer          the optimizer and its base learning rate
 * @param schedule           how the learning rate changes over the epochs
 * @param warmupEpochs       epochs of linear learning-rate warm-up before the schedule, {@code >= 0}
 * @param augmentation       random crops and flips of the training images
 * @param validationFraction share of the training data held out (stratified) for early stopping, in
 *                           {@code [0, 1)}; 0 trains on everything and never stops early
 * @param patience           epochs without a better validation accuracy before training stops, {@code >= 1}
 * @param seed               the one seed of the run: initial weights (when the trainer builds the network),
 *                           the validation split, the shuffling and the augmentation
 * @param progressEvery      report progress every this many steps within an epoch, {@code >= 1}
 */
public record TrainingOptions(int epochs, int batchSize, OptimizerSettings optimizer, ScheduleSettings schedule,
                              int warmupEpochs, Augmentation augmentation, double validationFraction, int patience,
                              long seed, int progressEvery) {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public TrainingOptions {
        TrainingChecks.atLeast("TrainingOptions.epochs", epochs, 1);
        TrainingChecks.atLeast("TrainingOptions.batchSize", batchSize, 2);
        Objects.requireNonNull(optimizer, "TrainingOptions.optimizer");
        Objects.requireNonNull(schedule, "TrainingOptions.schedule");
        TrainingChecks.atLeast("TrainingOptions.warmupEpochs", warmupEpochs, 0);
        Objects.requireNonNull(augmentation, "TrainingOptions.augmentation");
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("TrainingOptions.validationFraction must be in [0, 1), got "
                    + validationFraction);
        }
        TrainingChecks.atLeast("TrainingOptions.patience", patience, 1);
        TrainingChecks.atLeast("TrainingOptions.progressEvery", progressEvery, 1);
    }

    /**
     * A builder with the defaults: 3 epochs of batch 128, SGD (momentum 0.9, learning rate 0.1, weight decay
     * 5e-4) with a cosine schedule, no warm-up, no augmentation, no validation split, patience 3, seed 1,
     * progress every 50 steps.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the fields; validation happens in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private int epochs = 3;
        private int batchSize = 128;
        private OptimizerSettings optimizer = OptimizerSettings.sgd(0.1, 5e-4);
        private ScheduleSettings schedule = ScheduleSettings.cosine();
        private int warmupEpochs;
        private Augmentation augmentation = Augmentation.none();
        private double validationFraction;
        private int patience = 3;
        private long seed = 1;
        private int progressEvery = 50;

        private Builder() {
        }

        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder optimizer(OptimizerSettings optimizer) {
            this.optimizer = optimizer;
            return this;
        }

        public Builder schedule(ScheduleSettings schedule) {
            this.schedule = schedule;
            return this;
        }

        public Builder warmupEpochs(int warmupEpochs) {
            this.warmupEpochs = warmupEpochs;
            return this;
        }

        public Builder augmentation(Augmentation augmentation) {
            this.augmentation = augmentation;
            return this;
        }

        /** Hold out this share of the training data for early stopping with the given patience. */
        public Builder earlyStopping(double validationFraction, int patience) {
            this.validationFraction = validationFraction;
            this.patience = patience;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder progressEvery(int steps) {
            this.progressEvery = steps;
            return this;
        }

        /** @throws IllegalArgumentException as the {@link TrainingOptions} constructor */
        public TrainingOptions build() {
            return new TrainingOptions(epochs, batchSize, optimizer, schedule, warmupEpochs, augmentation,
                    validationFraction, patience, seed, progressEvery);
        }
    }
}
