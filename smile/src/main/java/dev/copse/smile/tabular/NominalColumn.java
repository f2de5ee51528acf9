package dev.copse.smile.tabular;

import java.util.HashSet;
import java.util.List;

/**
 * A column of categories: a list of distinct category names and, per row, the index of its category in
 * that list or {@code -1} when the value is missing. Which categories the list holds, and in what order,
 * is up to the reader (ARFF: as declared; CSV: the values present, sorted). Immutable.
 */
public final class NominalColumn implements Column {

    /** The code of a missing value. */
    public static final int MISSING = -1;

    private final String name;
    private final List<String> categories;
    private final int[] codes;

    /**
     * Copies {@code codes}.
     *
     * @param categories distinct category names, index = code
     * @param codes      one per row: an index into {@code categories}, or {@link #MISSING}
     * @throws IllegalArgumentException if the name is blank, a category repeats, or a code is out of range
     */
    public NominalColumn(String name, List<String> categories, int[] codes) {
        this.name = Table.checkedName(name);
        this.categories = List.copyOf(categories);
        if (new HashSet<>(this.categories).size() != this.categories.size()) {
            throw new IllegalArgumentException("column '" + name + "' lists a category twice: " + categories);
        }
        for (int row = 0; row < codes.length; row++) {
            if (codes[row] < MISSING || codes[row] >= this.categories.size()) {
                throw new IllegalArgumentException("column '" + name + "' row " + (row + 1) + " has code "
                        + codes[row] + " outside [-1, " + this.categories.size() + ")");
            }
        }
        this.codes = codes.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NOMINAL;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] == MISSING;
    }

    /** The category names, index = code. Unmodifiable. */
    public List<String> categories() {
        return categories;
    }

    /** The code of {@code row}: an index into {@link #categories()}, or {@link #MISSING}. */
    public int code(int row) {
        return codes[row];
    }
}
