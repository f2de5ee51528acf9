package dev.copse.cnn.train;

/**
 * Mean cross-entropy and accuracy of a network on a dataset, in inference mode.
 *
 * @param loss     mean cross-entropy over the rows
 * @param accuracy share of rows whose most probable class is their label
 */
public record Evaluation(double loss, double accuracy) {
}
