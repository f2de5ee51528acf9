package dev.copse.smile.tabular;

/**
 * How a table becomes a Copse dataset: which column holds the class, how nominal columns are encoded, and
 * what happens to missing values and to categories the training data did not have. Immutable.
 *
 * @param target            the name of the class column, or null for "the last column" (allowed for ARFF
 *                          files and DataFrames; the CSV reader requires a name, since a CSV file does not
 *                          say which column is the class)
 * @param nominalEncoding   how nominal feature columns become features; no default, always stated
 * @param missingValues     what to do with missing feature values
 * @param unknownCategories what to do with feature categories the training data did not have
 */
public record TabularOptions(String target, NominalEncoding nominalEncoding, MissingValues missingValues,
                             UnknownCategories unknownCategories) {

    /**
     * @throws IllegalArgumentException if a policy is null, the target is blank, or
     *                                  {@link UnknownCategories#ALL_ZEROS} is combined with
     *                                  {@link NominalEncoding#ORDINAL}
     */
    public TabularOptions {
        if (target != null && target.isBlank()) {
            throw new IllegalArgumentException("target column name must not be blank (null means the last column)");
        }
        if (nominalEncoding == null || missingValues == null || unknownCategories == null) {
            throw new IllegalArgumentException("nominal encoding, missing-value policy and unknown-category "
                    + "policy must all be given");
        }
        if (unknownCategories == UnknownCategories.ALL_ZEROS && nominalEncoding != NominalEncoding.ONE_HOT) {
            throw new IllegalArgumentException("UnknownCategories.ALL_ZEROS needs NominalEncoding.ONE_HOT (an "
                    + "ordinal feature has no value for 'unknown'); use UnknownCategories.REJECT with ORDINAL");
        }
    }

    /** Class column {@code target}, the given encoding, missing values and unknown categories rejected. */
    public static TabularOptions of(String target, NominalEncoding nominalEncoding) {
        if (target == null) {
            throw new IllegalArgumentException("target column name must not be null; use lastColumnTarget(...)");
        }
        return new TabularOptions(target, nominalEncoding, MissingValues.REJECT, UnknownCategories.REJECT);
    }

    /** The last column is the class (ARFF's convention); missing values and unknown categories rejected. */
    public static TabularOptions lastColumnTarget(NominalEncoding nominalEncoding) {
        return new TabularOptions(null, nominalEncoding, MissingValues.REJECT, UnknownCategories.REJECT);
    }

    public TabularOptions withMissingValues(MissingValues policy) {
        return new TabularOptions(target, nominalEncoding, policy, unknownCategories);
    }

    public TabularOptions withUnknownCategories(UnknownCategories policy) {
        return new TabularOptions(target, nominalEncoding, missingValues, policy);
    }

    /** The same options with the class in column {@code name}. */
    public TabularOptions withTarget(String name) {
        return new TabularOptions(name, nominalEncoding, missingValues, unknownCategories);
    }
}
