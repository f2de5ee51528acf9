package dev.copse.smile.tabular;

/** A column of finite numbers in double precision; NaN marks a missing value. Immutable. */
public final class NumericColumn implements Column {

    private final String name;
    private final double[] values;

    /**
     * Copies {@code values}.
     *
     * @param values one per row; NaN for a missing value
     * @throws IllegalArgumentException if the name is blank or a value is infinite (readers report bad
     *                                  values with the file and row before they get here)
     */
    public NumericColumn(String name, double[] values) {
        this.name = Table.checkedName(name);
        for (int row = 0; row < values.length; row++) {
            if (Double.isInfinite(values[row])) {
                throw new IllegalArgumentException("column '" + name + "' row " + (row + 1) + " is infinite");
            }
        }
        this.values = values.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    /** The value in {@code row}; NaN when missing. */
    public double value(int row) {
        return values[row];
    }
}
