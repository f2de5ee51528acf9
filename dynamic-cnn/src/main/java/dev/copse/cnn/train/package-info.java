/**
 * Training of convolutional classifiers: {@link dev.copse.cnn.train.CnnTrainer} (mini-batch SGD or Adam on
 * the cross-entropy, schedules, seeded shuffling, augmentation, early stopping, divergence detection) and
 * its immutable settings ({@link dev.copse.cnn.train.TrainingOptions}).
 */
package dev.copse.cnn.train;
