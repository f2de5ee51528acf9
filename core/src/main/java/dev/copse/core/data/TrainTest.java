package dev.copse.core.data;

/**
 * A training set and a held-out test set over the same features and classes: what a loader returns and
 * what {@link Dataset#stratifiedSplit} produces.
 *
 * @param train data to fit on
 * @param test  data to evaluate on
 */
public record TrainTest(Dataset train, Dataset test) {

    /**
     * @throws IllegalArgumentException if either is null or they disagree on feature count or class names
     */
    public TrainTest {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test datasets must not be null");
        }
        if (train.numFeatures() != test.numFeatures()) {
            throw new IllegalArgumentException("train has " + train.numFeatures() + " features but test has "
                    + test.numFeatures());
        }
        if (!train.classNames().equals(test.classNames())) {
            throw new IllegalArgumentException("train classes " + train.classNames()
                    + " differ from test classes " + test.classNames());
        }
    }
}
