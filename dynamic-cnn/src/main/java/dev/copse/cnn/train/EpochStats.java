package dev.copse.cnn.train;

/**
 * What one epoch of training measured.
 *
 * @param epoch              the epoch, from 1
 * @param trainLoss          mean cross-entropy over the epoch's steps (in training mode, as the weights moved)
 * @param trainAccuracy      share of training images classified correctly during the epoch
 * @param validationLoss     mean cross-entropy on the validation split after the epoch, NaN without one
 * @param validationAccuracy accuracy on the validation split after the epoch, NaN without one
 * @param learningRate       the learning rate of the epoch's last step
 * @param seconds            wall-clock seconds of the epoch's training steps (measured, not counted)
 * @param imagesPerSecond    training images processed per second of {@code seconds}
 */
public record EpochStats(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
                         double validationAccuracy, double learningRate, double seconds, double imagesPerSecond) {
}
