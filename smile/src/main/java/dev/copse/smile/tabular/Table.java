package dev.copse.smile.tabular;

import dev.copse.core.data.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed table before encoding: typed, named columns of equal length, where it came from (a file path
 * or a name, and the SHA-256 of its bytes), and for rows read from a text file the line each row starts
 * on, so errors can point at it. Rows and lines are numbered from 1 in every message.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Table {

    private final Provenance provenance;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final int size;
    private final int[] lines; // [size] 1-based line of each row, or null when the rows have no lines

    /**
     * @param source  the file path or name users know the data by; starts every error message
     * @param sha256  SHA-256 of the source's bytes (64 hex digits)
     * @param columns at least one, distinct names, all of the same size
     * @param lines   the line each row starts on in the source file (copied), or null
     * @throws IllegalArgumentException if a check above fails
     */
    public Table(String source, String sha256, List<Column> columns, int[] lines) {
        this.provenance = new Provenance(source, sha256);
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(source + ": a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
        this.size = this.columns.get(0).size();
        this.index = new HashMap<>();
        for (int j = 0; j < this.columns.size(); j++) {
            Column column = this.columns.get(j);
            if (column.size() != size) {
                throw new IllegalArgumentException(source + ": column '" + column.name() + "' has "
                        + column.size() + " rows but column '" + this.columns.get(0).name() + "' has " + size);
            }
            if (index.put(column.name(), j) != null) {
                throw new IllegalArgumentException(source + ": two columns are named '" + column.name() + "'");
            }
        }
        if (lines != null && lines.length != size) {
            throw new IllegalArgumentException(source + ": " + lines.length + " line numbers for " + size + " rows");
        }
        this.lines = lines == null ? null : lines.clone();
    }

    /** The file path or name the data came from. */
    public String source() {
        return provenance.source();
    }

    /** SHA-256 of the source's bytes, lower-case hex. */
    public String sha256() {
        return provenance.sha256();
    }

    /** The source and its hash as a {@link Provenance}. */
    public Provenance provenance() {
        return provenance;
    }

    /** Number of rows. */
    public int size() {
        return size;
    }

    /** The columns in source order. Unmodifiable. */
    public List<Column> columns() {
        return columns;
    }

    /** The column names in source order. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(column -> names.add(column.name()));
        return List.copyOf(names);
    }

    /** Index of the column called {@code name}, or -1. */
    public int indexOf(String name) {
        return index.getOrDefault(name, -1);
    }

    /** Where row {@code row} (0-based) is, for messages: {@code "row 3 (line 5)"}, or {@code "row 3"}. */
    public String where(int row) {
        return "row " + (row + 1) + (lines == null ? "" : " (line " + lines[row] + ")");
    }

    static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
        return name;
    }
}
