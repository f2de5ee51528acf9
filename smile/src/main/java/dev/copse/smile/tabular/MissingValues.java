package dev.copse.smile.tabular;

/**
 * What to do with a missing feature value ({@code ?} in ARFF; an empty field or a missing token in CSV;
 * null or NaN in a Smile DataFrame). A missing class label is always an error: a row without a label
 * cannot be used for training or evaluation.
 *
 * <p>The imputed values are computed once, on the data the {@link TabularEncoding} is fitted on (the
 * training data), and then reused unchanged for every later table it encodes. A test set must therefore
 * be encoded with the training set's encoding ({@link TabularEncoding#apply}), never fitted on its own:
 * statistics from the test set would leak it into the evaluation.
 */
public enum MissingValues {
    /** The default: a missing value is an error naming the file, the row and the column. */
    REJECT,
    /**
     * Numeric columns get the mean of their present values; nominal columns, which have no mean, get their
     * most frequent category (ties: the category listed first).
     */
    IMPUTE_MEAN,
    /**
     * Every column gets its most frequent present value (ties: the smallest number, or the category listed
     * first).
     */
    IMPUTE_MODE
}
