package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.smile.tabular.Column;
import dev.copse.smile.tabular.ColumnType;
import dev.copse.smile.tabular.NominalColumn;
import dev.copse.smile.tabular.NumericColumn;
import dev.copse.smile.tabular.Table;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularEncoding;
import dev.copse.smile.tabular.TabularOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CSV files (syntax and column typing on {@link CsvFormat}) into Copse datasets.
 *
 * <p>Why not Smile's CSV reader: it infers a column's type from its values and quietly makes a numeric
 * column a text column when one value is a typo, and it reports no row or column for bad values. This
 * reader is strict and names the file, row, line and column of every problem.
 *
 * <p>The class column is named in the options (a CSV file does not say which one it is). Its values are
 * class labels: names, or integers such as {@code 0, 1, 2}; a non-integer number there means regression
 * data, which Copse does not read, and is an error. Categories that the file does not declare are ordered
 * as {@link CategoryOrder} says: numerically when all are numbers, otherwise by string order.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * Reads a training file: fits an encoding on it and encodes it.
     *
     * @param options its target must be a column name
     * @throws DataFileException naming the file (and row, line and column where there is one) for any
     *                           problem in the file; see {@link #readTable} and {@link TabularEncoding}
     * @throws IOException       if the file cannot be read
     */
    public static TabularData read(Path file, CsvFormat format, TabularOptions options) throws IOException {
        if (options.target() == null) {
            throw new IllegalArgumentException("reading CSV needs the target column's name in the options "
                    + "(TabularOptions.of(name, encoding)): a CSV file does not say which column is the class");
        }
        return TabularData.encode(readTable(file, format, options.target()), options);
    }

    /**
     * Reads a second file (a test set) with the encoding fitted on the first: its columns are typed as the
     * encoding's, and it is encoded with the training categories and fill values.
     *
     * @throws IllegalArgumentException if the format pins a column to another type than the encoding has
     * @throws DataFileException        for any problem in the file, or a mismatch with the encoding
     * @throws IOException              if the file cannot be read
     */
    public static Dataset read(Path file, CsvFormat format, TabularEncoding encoding) throws IOException {
        Map<String, ColumnType> types = new HashMap<>(format.columnTypes());
        for (Map.Entry<String, ColumnType> fitted : encoding.columnTypes().entrySet()) {
            ColumnType pinned = types.put(fitted.getKey(), fitted.getValue());
            if (pinned != null && pinned != fitted.getValue()) {
                throw new IllegalArgumentException("the format types column '" + fitted.getKey() + "' as "
                        + pinned + " but the encoding fitted on " + encoding.fittedOn() + " has it "
                        + fitted.getValue());
            }
        }
        CsvFormat typed = new CsvFormat(format.delimiter(), format.header(), format.missingTokens(), types);
        String typesFrom = "the encoding fitted on " + encoding.fittedOn();
        return encoding.apply(readTable(file, typed, encoding.target(), typesFrom));
    }

    /**
     * Reads and types the columns of a CSV file without encoding them.
     *
     * @param target the class column, typed as class labels (see the class description), or null
     * @throws DataFileException if the file is not UTF-8, a quote is malformed, a record has another number
     *                           of fields than the first, a header name is blank or repeated, a pinned
     *                           column does not exist, a value in a numeric column is not a finite number,
     *                           or a class label is a non-integer number
     * @throws IOException       if the file cannot be read
     */
    public static Table readTable(Path file, CsvFormat format, String target) throws IOException {
        return readTable(file, format, target, "the format's column types");
    }

    /** {@link #readTable(Path, CsvFormat, String)}; {@code typesFrom} says where the pinned types came from. */
    private static Table readTable(Path file, CsvFormat format, String target, String typesFrom) throws IOException {
        TextFile source = TextFile.read(file);
        List<CsvTokenizer.Record> records = new CsvTokenizer(source.name(), source.text(), format).records();
        if (records.isEmpty()) {
            throw new DataFileException(source.name(), "is empty");
        }
        List<String> names = format.header() ? headerNames(source.name(), records.get(0)) : numberedNames(records);
        List<CsvTokenizer.Record> rows = records.subList(format.header() ? 1 : 0, records.size());
        checkPinned(source.name(), format, names, target, typesFrom);
        int[] lines = new int[rows.size()];
        for (int row = 0; row < lines.length; row++) {
            CsvTokenizer.Record record = rows.get(row);
            lines[row] = record.line();
            if (record.fields().size() != names.size()) {
                throw new DataFileException(source.name(), "line " + record.line() + ": " + record.fields().size()
                        + " fields, but " + (format.header() ? "the header has " : "the first record has ")
                        + names.size() + " (a field holding the delimiter must be quoted)");
            }
        }
        RowLocation location = new RowLocation(source.name(), lines);
        List<Column> columns = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            String[] cells = cells(rows, j, format.missingTokens());
            columns.add(column(location, names.get(j), cells, format.columnTypes().get(names.get(j)),
                    names.get(j).equals(target)));
        }
        return new Table(source.name(), source.sha256(), columns, lines);
    }

    private static List<String> headerNames(String file, CsvTokenizer.Record header) throws DataFileException {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < header.fields().size(); j++) {
            String name = header.fields().get(j);
            if (name.isBlank()) {
                throw new DataFileException(file, "line " + header.line() + ": the name of column " + (j + 1)
                        + " is empty; every column needs a name (or read the file with withHeader(false))");
            }
            if (!seen.add(name)) {
                throw new DataFileException(file, "line " + header.line() + ": column name '" + name
                        + "' appears twice");
            }
        }
        return header.fields();
    }

    private static List<String> numberedNames(List<CsvTokenizer.Record> records) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= records.get(0).fields().size(); j++) {
            names.add("col" + j);
        }
        return names;
    }

    private static void checkPinned(String file, CsvFormat format, List<String> names, String target,
                                    String typesFrom) throws DataFileException {
        for (String pinned : format.columnTypes().keySet()) {
            if (!names.contains(pinned)) {
                throw new DataFileException(file, "has no column '" + pinned + "', named by " + typesFrom
                        + "; its columns are " + String.join(", ", names));
            }
        }
        if (target != null && format.columnTypes().get(target) == ColumnType.NUMERIC) {
            throw new IllegalArgumentException("column '" + target + "' is the target, so it holds class labels "
                    + "and cannot be pinned NUMERIC");
        }
    }

    /** Column {@code j} of every row, null where the text is a missing token. */
    private static String[] cells(List<CsvTokenizer.Record> rows, int j, Set<String> missingTokens) {
        String[] cells = new String[rows.size()];
        for (int row = 0; row < cells.length; row++) {
            String text = rows.get(row).fields().get(j);
            cells[row] = missingTokens.contains(text) ? null : text;
        }
        return cells;
    }

    private static Column column(RowLocation rows, String name, String[] cells, ColumnType pinned, boolean target)
            throws DataFileException {
        if (target) {
            checkClassLabels(rows, name, cells);
            return nominal(name, cells);
        }
        boolean numeric = pinned == ColumnType.NUMERIC
                || pinned == null && Arrays.stream(cells).allMatch(c -> c == null || NumberSyntax.isNumber(c));
        return numeric ? numeric(rows, name, cells) : nominal(name, cells);
    }

    private static void checkClassLabels(RowLocation rows, String name, String[] cells) throws DataFileException {
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row];
            if (cell != null && NumberSyntax.isNumber(cell)) {
                double value = NumberSyntax.parse(cell);
                if (value != Math.rint(value)) {
                    throw rows.error(row, name, "class label '" + cell + "' is a non-integer number; Copse reads "
                            + "classification data only, with class labels given as names or integers");
                }
            }
        }
    }

    private static NumericColumn numeric(RowLocation rows, String name, String[] cells) throws DataFileException {
        double[] values = new double[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row];
            if (cell == null) {
                values[row] = Double.NaN;
                continue;
            }
            if (!NumberSyntax.isNumber(cell)) {
                throw rows.error(row, name, "'" + cell + "' is not a number, but the column is typed numeric");
            }
            values[row] = NumberSyntax.parse(cell);
            if (Double.isInfinite(values[row])) {
                throw rows.error(row, name, cell + " is too large for a double");
            }
        }
        return new NumericColumn(name, values);
    }

    private static NominalColumn nominal(String name, String[] cells) {
        Set<String> present = new HashSet<>();
        for (String cell : cells) {
            if (cell != null) {
                present.add(cell);
            }
        }
        List<String> categories = CategoryOrder.sorted(present);
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            code.put(categories.get(i), i);
        }
        int[] codes = new int[cells.length];
        for (int row = 0; row < cells.length; row++) {
            codes[row] = cells[row] == null ? NominalColumn.MISSING : code.get(cells[row]);
        }
        return new NominalColumn(name, categories, codes);
    }
}
