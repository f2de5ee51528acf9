package dev.copse.forest.train;

/**
 * What one epoch of training measured.
 *
 * @param phase              {@code "train"} for the main run, {@code "fine-tune"} with the finalised structure fixed
 * @param epoch              1-based epoch number within its phase
 * @param beta               inverse temperature used in this epoch
 * @param trainLoss          mean training objective over the epoch's batches (cross-entropy plus penalties)
 * @param trainAccuracy      accuracy on the training batches as they were seen (parameters still moving)
 * @param validationLoss     mean cross-entropy on the validation rows after the epoch, NaN without validation
 * @param validationAccuracy accuracy on the validation rows after the epoch, NaN without validation
 * @param seconds            wall-clock time of the epoch including validation
 * @param samplesPerSecond   training rows processed per second
 */
public record EpochRecord(String phase, int epoch, float beta, double trainLoss, double trainAccuracy,
                          double validationLoss, double validationAccuracy, double seconds,
                          double samplesPerSecond) {
}
