package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import java.util.List;
import java.util.Locale;

/**
 * Turns one fitted input column into its features. Immutable; the statistics it imputes with were fixed
 * when it was fitted.
 */
sealed interface ColumnEncoder permits NumericEncoder, NominalEncoder {

    /** The column's name. */
    String column();

    ColumnType type();

    /** Names of the features this column becomes, in order. */
    List<String> featureNames();

    /**
     * Writes the column's features of every row of {@code table} into the row-major {@code features}
     * ({@code [rows][width]}), starting at feature {@code offset} of each row. The buffer starts zeroed.
     *
     * @param fittedOn where the encoding was fitted, for messages about mismatches
     * @throws DataFileException if the column has the other type, a value is missing under
     *                           {@link MissingValues#REJECT}, a category is unknown under
     *                           {@link UnknownCategories#REJECT}, or a number does not fit a float
     */
    void encode(Table table, Column column, float[] features, int width, int offset, String fittedOn)
            throws DataFileException;

    /** The error for a column whose type differs from the training data's. */
    static DataFileException typeMismatch(Table table, Column column, ColumnType expected, String fittedOn) {
        return new DataFileException(table.source(), "column '" + column.name() + "' is "
                + column.type().name().toLowerCase(Locale.ROOT) + " here but "
                + expected.name().toLowerCase(Locale.ROOT) + " in the training data (" + fittedOn
                + "); a table must have the types of the data its encoding was fitted on");
    }

    /** The error for a missing value under {@link MissingValues#REJECT}. */
    static DataFileException missing(Table table, int row, Column column) {
        return new DataFileException(table.source(), table.where(row) + ", column '" + column.name()
                + "': the value is missing; remove the row or choose MissingValues.IMPUTE_MEAN or IMPUTE_MODE");
    }
}
