package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import java.util.List;

/** A numeric column as one feature; missing values rejected or replaced by a fitted fill value. */
record NumericEncoder(String column, MissingValues policy, double fill) implements ColumnEncoder {

    /**
     * Fits on the training column: the fill value is its mean or mode under the imputing policies, unused
     * (NaN) under {@link MissingValues#REJECT}.
     *
     * @throws DataFileException if imputing is asked for but the column has no value at all
     */
    static NumericEncoder fit(Table table, NumericColumn column, MissingValues policy) throws DataFileException {
        double fill = switch (policy) {
            case REJECT -> Double.NaN;
            case IMPUTE_MEAN -> Imputation.mean(column);
            case IMPUTE_MODE -> Imputation.mode(column);
        };
        if (policy != MissingValues.REJECT && Double.isNaN(fill)) {
            throw Imputation.nothingToImpute(table, column);
        }
        return new NumericEncoder(column.name(), policy, fill);
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public List<String> featureNames() {
        return List.of(column);
    }

    @Override
    public void encode(Table table, Column column, float[] features, int width, int offset, String fittedOn)
            throws DataFileException {
        if (!(column instanceof NumericColumn numbers)) {
            throw ColumnEncoder.typeMismatch(table, column, ColumnType.NUMERIC, fittedOn);
        }
        for (int row = 0; row < table.size(); row++) {
            double value = numbers.value(row);
            if (Double.isNaN(value)) {
                if (policy == MissingValues.REJECT) {
                    throw ColumnEncoder.missing(table, row, column);
                }
                value = fill;
            }
            float stored = (float) value;
            if (Float.isInfinite(stored)) {
                throw new DataFileException(table.source(), table.where(row) + ", column '" + column.name()
                        + "': " + value + " is outside the float range (magnitude at most " + Float.MAX_VALUE
                        + "); rescale the column");
            }
            features[row * width + offset] = stored;
        }
    }
}
