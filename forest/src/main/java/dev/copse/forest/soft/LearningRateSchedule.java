package dev.copse.forest.soft;

/**
 * How the learning rate evolves over the optimisation steps of one training run.
 */
public enum LearningRateSchedule {

    /** The same learning rate at every step. */
    CONSTANT,

    /**
     * Cosine decay from the learning rate to zero over all steps of the run (Loshchilov &amp; Hutter,
     * SGDR, 2017, without restarts): {@code lr_s = lr * (1 + cos(pi s / S)) / 2}.
     */
    COSINE
}
