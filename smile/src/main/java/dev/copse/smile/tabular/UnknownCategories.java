package dev.copse.smile.tabular;

/**
 * What to do when a table encoded with a fitted {@link TabularEncoding} holds a category of a nominal
 * feature column that the training data did not have. An unknown class label is always an error.
 */
public enum UnknownCategories {
    /** The default: an error naming the file, the row, the column and the value. */
    REJECT,
    /**
     * With {@link NominalEncoding#ONE_HOT} only: the column's one-hot features are all 0, i.e. "none of the
     * known categories". {@link TabularOptions} refuses this with {@link NominalEncoding#ORDINAL}, where no
     * index means "unknown".
     */
    ALL_ZEROS
}
