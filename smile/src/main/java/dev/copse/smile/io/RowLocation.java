package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;

/**
 * Where the rows of a file being read are, for error messages in the same form as
 * {@link dev.copse.smile.tabular.Table#where}: {@code "<file>: row 3 (line 5), column 'color': ..."}.
 *
 * @param file  the file's name
 * @param lines the 1-based line each row starts on
 */
record RowLocation(String file, int[] lines) {

    /** The error for a bad value at {@code row} (0-based) in {@code column}. */
    DataFileException error(int row, String column, String problem) {
        return new DataFileException(file, "row " + (row + 1) + " (line " + lines[row] + "), column '" + column
                + "': " + problem);
    }
}
