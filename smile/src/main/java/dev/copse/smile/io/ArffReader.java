package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.smile.tabular.Column;
import dev.copse.smile.tabular.NominalColumn;
import dev.copse.smile.tabular.NumericColumn;
import dev.copse.smile.tabular.Table;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularEncoding;
import dev.copse.smile.tabular.TabularOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Weka's ARFF files (dense data with numeric and nominal attributes) into Copse datasets.
 *
 * <p>Supported: {@code @relation}, {@code @attribute} of type {@code numeric}, {@code real},
 * {@code integer} or a nominal list {@code {a, 'b c', ...}}, then {@code @data} with one row per line;
 * keywords in any case; names and values bare or in single or double quotes with backslash escapes;
 * {@code ?} (unquoted) for a missing value; {@code %} comments. Not supported, each an error naming the
 * file, line and attribute: {@code string}, {@code date} and {@code relational} attributes, sparse rows
 * ({@code {0 x, 3 y}}) and instance weights. Categories keep their declared order, which fixes ordinal
 * codes, one-hot positions and, for the class attribute, the class indices (a declared class no row uses
 * is still a class).
 *
 * <p>The class is the last attribute unless the options name another; it must be nominal.
 *
 * <p>Why not Smile's ARFF reader: it turns a value that is not among an attribute's declared categories
 * into a missing value without a word, so a typo becomes an imputed value; this reader rejects it, naming
 * the row, line and column.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArffReader {

    /** A declared attribute: numeric when {@code categories} is null. */
    private record Attribute(String name, List<String> categories) {
    }

    private ArffReader() {
    }

    /**
     * Reads a training file: fits an encoding on it (class: the options' target, or the last attribute
     * when that is null) and encodes it.
     *
     * @throws DataFileException naming the file (and line, row and column where there is one) for any
     *                           problem in the file; see {@link #readTable} and {@link TabularEncoding}
     * @throws IOException       if the file cannot be read
     */
    public static TabularData read(Path file, TabularOptions options) throws IOException {
        return TabularData.encode(readTable(file), options);
    }

    /**
     * Reads a second file (a test set) and encodes it with the encoding fitted on the first. Its attributes
     * must have the fitted names and types; its categories are matched to the training ones by name.
     *
     * @throws DataFileException for any problem in the file, or a mismatch with the encoding
     * @throws IOException       if the file cannot be read
     */
    public static Dataset read(Path file, TabularEncoding encoding) throws IOException {
        return encoding.apply(readTable(file));
    }

    /**
     * Reads the attributes and rows of an ARFF file without encoding them.
     *
     * @throws DataFileException if the file is not UTF-8, the header is malformed or declares an
     *                           unsupported attribute type, a row is sparse, weighted or has another number
     *                           of values than there are attributes, a numeric value is not a finite
     *                           number, or a nominal value is not among the declared categories
     * @throws IOException       if the file cannot be read
     */
    public static Table readTable(Path file) throws IOException {
        TextFile source = TextFile.read(file);
        String[] lines = source.text().split("\r\n|\r|\n", -1);
        List<Attribute> attributes = new ArrayList<>();
        int dataLine = header(source.name(), lines, attributes);
        List<String[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        for (int i = dataLine; i < lines.length; i++) {
            ArffScanner scanner = new ArffScanner(source.name(), i + 1, lines[i]);
            if (!scanner.atEnd()) {
                rows.add(row(scanner, attributes));
                rowLines.add(i + 1);
            }
        }
        RowLocation location = new RowLocation(source.name(), rowLines.stream().mapToInt(Integer::intValue).toArray());
        List<Column> columns = new ArrayList<>(attributes.size());
        for (int j = 0; j < attributes.size(); j++) {
            columns.add(column(location, attributes.get(j), rows, j));
        }
        return new Table(source.name(), source.sha256(), columns, location.lines());
    }

    /** Reads the header into {@code attributes}; returns the index of the first line after {@code @data}. */
    private static int header(String file, String[] lines, List<Attribute> attributes) throws DataFileException {
        boolean relation = false;
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            ArffScanner scanner = new ArffScanner(file, i + 1, lines[i]);
            if (scanner.atEnd()) {
                continue;
            }
            String keyword = scanner.word("@relation, @attribute or @data").toLowerCase(Locale.ROOT);
            switch (keyword) {
                case "@relation" -> {
                    if (relation) {
                        throw scanner.error("a second @relation");
                    }
                    scanner.word("the relation's name");
                    relation = true;
                    continue; // the name is not used, so an unquoted name with spaces does no harm
                }
                case "@attribute" -> {
                    if (!relation) {
                        throw scanner.error("@attribute before @relation; an ARFF file starts with @relation");
                    }
                    Attribute attribute = attribute(scanner);
                    if (!names.add(attribute.name())) {
                        throw scanner.error("attribute '" + attribute.name() + "' is declared twice");
                    }
                    attributes.add(attribute);
                }
                case "@data" -> {
                    if (attributes.isEmpty()) {
                        throw scanner.error("@data before any @attribute");
                    }
                    if (!scanner.atEnd()) {
                        throw scanner.error("the rows must start on the line after @data");
                    }
                    return i + 1;
                }
                default -> throw scanner.error("expected @relation, @attribute or @data, found '" + keyword + "'");
            }
            if (!scanner.atEnd()) {
                throw scanner.error("unexpected text after the declaration");
            }
        }
        throw new DataFileException(file, "has no @data section");
    }

    private static Attribute attribute(ArffScanner scanner) throws DataFileException {
        String name = scanner.word("an attribute name");
        if (scanner.peek() == '{') {
            return new Attribute(name, categories(scanner, name));
        }
        String type = scanner.word("the type of attribute '" + name + "'").toLowerCase(Locale.ROOT);
        return switch (type) {
            case "numeric", "real", "integer" -> new Attribute(name, null);
            case "string", "date", "relational" -> throw scanner.error("attribute '" + name + "' has type " + type
                    + ", which Copse does not read; supported are numeric (numeric, real, integer) and nominal "
                    + "({a, b, ...}) attributes: remove the attribute or convert it to one of these");
            default -> throw scanner.error("attribute '" + name + "' has unknown type '" + type
                    + "'; supported are numeric, real, integer and nominal ({a, b, ...})");
        };
    }

    private static List<String> categories(ArffScanner scanner, String attribute) throws DataFileException {
        scanner.expect('{', "to open the categories");
        List<String> categories = new ArrayList<>();
        if (scanner.peek() == '}') {
            throw scanner.error("nominal attribute '" + attribute + "' declares no categories");
        }
        while (true) {
            ArffScanner.Value value = scanner.value('}', "a category of '" + attribute + "'");
            if (value.isMissing()) {
                throw scanner.error("'?' marks missing values and cannot be a category of '" + attribute + "'");
            }
            if (categories.contains(value.text())) {
                throw scanner.error("category '" + value.text() + "' of '" + attribute + "' is declared twice");
            }
            categories.add(value.text());
            if (scanner.peek() == '}') {
                scanner.expect('}', "");
                return categories;
            }
            scanner.expect(',', "between the categories of '" + attribute + "'");
        }
    }

    /** The values of one data line, null where missing. */
    private static String[] row(ArffScanner scanner, List<Attribute> attributes) throws DataFileException {
        if (scanner.peek() == '{') {
            throw scanner.error("a sparse row; Copse reads dense ARFF data only (one value per attribute)");
        }
        List<ArffScanner.Value> values = new ArrayList<>();
        while (true) {
            values.add(scanner.value((char) 0, "a value"));
            if (scanner.atEnd()) {
                break;
            }
            scanner.expect(',', "between values");
        }
        ArffScanner.Value last = values.get(values.size() - 1);
        if (!last.quoted() && last.text().startsWith("{")) {
            throw scanner.error("an instance weight (" + last.text() + "); weighted rows are not supported");
        }
        if (values.size() != attributes.size()) {
            throw scanner.error(values.size() + " values, but the header declares " + attributes.size()
                    + " attributes");
        }
        String[] cells = new String[values.size()];
        for (int j = 0; j < cells.length; j++) {
            cells[j] = values.get(j).isMissing() ? null : values.get(j).text();
        }
        return cells;
    }

    private static Column column(RowLocation location, Attribute attribute, List<String[]> rows, int j)
            throws DataFileException {
        if (attribute.categories() == null) {
            double[] values = new double[rows.size()];
            for (int row = 0; row < values.length; row++) {
                String cell = rows.get(row)[j];
                values[row] = cell == null ? Double.NaN : number(location, row, attribute.name(), cell);
            }
            return new NumericColumn(attribute.name(), values);
        }
        Map<String, Integer> code = new HashMap<>();
        for (int i = 0; i < attribute.categories().size(); i++) {
            code.put(attribute.categories().get(i), i);
        }
        int[] codes = new int[rows.size()];
        for (int row = 0; row < codes.length; row++) {
            String cell = rows.get(row)[j];
            Integer known = cell == null ? Integer.valueOf(NominalColumn.MISSING) : code.get(cell);
            if (known == null) {
                throw location.error(row, attribute.name(), "'" + cell + "' is not among the declared categories {"
                        + String.join(", ", attribute.categories()) + "}");
            }
            codes[row] = known;
        }
        return new NominalColumn(attribute.name(), attribute.categories(), codes);
    }

    private static double number(RowLocation location, int row, String column, String cell) throws DataFileException {
        if (!NumberSyntax.isNumber(cell)) {
            throw location.error(row, column, "'" + cell + "' is not a number, but the attribute is numeric");
        }
        double value = NumberSyntax.parse(cell);
        if (Double.isInfinite(value)) {
            throw location.error(row, column, cell + " is too large for a double");
        }
        return value;
    }
}
