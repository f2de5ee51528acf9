package dev.copse.smile.io;

import dev.copse.smile.tabular.ColumnType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shape of a CSV file: delimiter, header line, which field texts mean "missing", and column types
 * that should not be inferred. Immutable; {@link #standard()} is the usual comma-separated file with a
 * header.
 *
 * <p>The syntax read is RFC 4180's: fields separated by the delimiter, records by line ends ({@code \n},
 * {@code \r\n} or {@code \r}); a field may be enclosed in double quotes, and then may hold the delimiter,
 * line ends, and double quotes written twice ({@code ""}). Spaces and tabs around a field are dropped
 * (unless the delimiter is one of them), inside quotes they are kept. A quote inside an unquoted field is
 * an error. Lines that are empty or hold only spaces and tabs are skipped.
 *
 * <p>Column types: a column named in {@code columnTypes} gets that type (a non-number in a
 * {@link ColumnType#NUMERIC} column is an error naming its row); any other column is numeric when every
 * present value is a number in the readers' syntax (digits with optional sign, fraction and exponent), and
 * nominal otherwise. Pin a column's type when a typo must not silently turn a numeric column nominal, or
 * when numbers are really category codes.
 *
 * @param delimiter     the field separator; anything but a double quote or a line end
 * @param header        true when the first record holds the column names; false names them
 *                      {@code col1, col2, ...}
 * @param missingTokens field texts (after unquoting and trimming) that mean a missing value
 * @param columnTypes   types for columns by name, overriding inference
 */
public record CsvFormat(char delimiter, boolean header, Set<String> missingTokens,
                        Map<String, ColumnType> columnTypes) {

    /** The missing-value tokens of {@link #standard()}: the empty field and {@code ?} (UCI's and Weka's). */
    public static final Set<String> STANDARD_MISSING_TOKENS = Set.of("", "?");

    /**
     * @throws IllegalArgumentException if the delimiter is a double quote or a line end, or a set or map is
     *                                  null or holds nulls
     */
    public CsvFormat {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("the CSV delimiter must not be a double quote or a line end");
        }
        if (missingTokens == null || columnTypes == null) {
            throw new IllegalArgumentException("missing tokens and column types must not be null (may be empty)");
        }
        missingTokens = Set.copyOf(missingTokens);
        columnTypes = Map.copyOf(columnTypes);
    }

    /** Comma-separated, header line, missing values written as an empty field or {@code ?}, types inferred. */
    public static CsvFormat standard() {
        return new CsvFormat(',', true, STANDARD_MISSING_TOKENS, Map.of());
    }

    public CsvFormat withDelimiter(char separator) {
        return new CsvFormat(separator, header, missingTokens, columnTypes);
    }

    /** With or without a header line. */
    public CsvFormat withHeader(boolean hasHeader) {
        return new CsvFormat(delimiter, hasHeader, missingTokens, columnTypes);
    }

    public CsvFormat withMissingTokens(Set<String> tokens) {
        return new CsvFormat(delimiter, header, tokens, columnTypes);
    }

    /** The same format with column {@code column} pinned to {@code type}. */
    public CsvFormat withColumnType(String column, ColumnType type) {
        Map<String, ColumnType> types = new HashMap<>(columnTypes);
        types.put(column, type);
        return new CsvFormat(delimiter, header, missingTokens, types);
    }

    /** True when {@code c} is dropped around unquoted fields. */
    boolean isPadding(char c) {
        return (c == ' ' || c == '\t') && c != delimiter;
    }
}
