/**
 * First-order optimizers over flat float parameter buffers ({@link dev.copse.core.optim.Sgd},
 * {@link dev.copse.core.optim.Adam}) and learning-rate schedules
 * ({@link dev.copse.core.optim.LearningRateSchedule}).
 *
 * <p>A model exposes its parameters and their gradients as two float arrays of the same length; an
 * optimizer owns its state (momentum, moment estimates, step count) and updates the parameters in place.
 * Options are immutable, validated records; an optimizer instance is mutable training state and belongs to
 * the trainer, not to the model.
 */
package dev.copse.core.optim;
