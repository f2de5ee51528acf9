package dev.copse.smile.tabular;

/**
 * One named column of a {@link Table}: typed values, some of which may be missing. Implementations are
 * immutable and safe to share between threads.
 */
public sealed interface Column permits NumericColumn, NominalColumn {

    /** The column's name as the file or frame gives it. */
    String name();

    /** Number of rows. */
    int size();

    ColumnType type();

    /** True when the value in {@code row} is missing. */
    boolean isMissing(int row);
}
