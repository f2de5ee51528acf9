package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Sha256;
import dev.copse.smile.tabular.Column;
import dev.copse.smile.tabular.NominalColumn;
import dev.copse.smile.tabular.NumericColumn;
import dev.copse.smile.tabular.Table;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularEncoding;
import dev.copse.smile.tabular.TabularOptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import smile.data.DataFrame;
import smile.data.measure.CategoricalMeasure;
import smile.data.type.DataType;
import smile.data.vector.ValueVector;

/**
 * Smile {@link DataFrame}s into Copse datasets, through the same {@link TabularEncoding} as the files.
 *
 * <p>Column types: a column with a nominal or ordinal measure is nominal, with the measure's levels as
 * categories in their order; other numeric columns (byte, short, int, long, float, double, decimal) are
 * numeric, with null and NaN read as missing; boolean columns are nominal {@code false, true}; string and
 * char columns are nominal with the present values ordered as {@link CategoryOrder} says. Any other type
 * (dates, times, objects, arrays, structs) is an error naming the column.
 *
 * <p>The target column holds class labels: a nominal, string, char or boolean column, or an integral one
 * (byte, short, int, long: Smile's usual label type), whose distinct values become classes {@code "0",
 * "1", ...} in numeric order. A floating-point target is regression data, which Copse does not read.
 *
 * <p>A frame has no file, so its provenance is the name the caller gives it and the SHA-256 of its
 * content: column names, and per column its kind, categories and values in a fixed binary form. Equal
 * frames give equal hashes.
 *
 * <p>Stateless and thread-safe (the frame must not change while it is read).
 */
public final class DataFrames {

    private DataFrames() {
    }

    /**
     * Fits an encoding on the frame (class: the options' target, or the last column when that is null) and
     * encodes it.
     *
     * @param name what the frame is called in messages and provenance
     * @throws DataFileException naming the frame (and row and column where there is one) for an
     *                           unsupported column type or any problem {@link TabularEncoding} reports
     */
    public static TabularData read(DataFrame frame, String name, TabularOptions options) throws DataFileException {
        String target = options.target() != null ? options.target() : frame.names()[frame.ncol() - 1];
        return TabularData.encode(toTable(frame, name, target), options);
    }

    /**
     * Encodes a second frame (a test set) with the encoding fitted on the first.
     *
     * @throws DataFileException for an unsupported column type or a mismatch with the encoding
     */
    public static Dataset read(DataFrame frame, String name, TabularEncoding encoding) throws DataFileException {
        return encoding.apply(toTable(frame, name, encoding.target()));
    }

    /**
     * The frame as a table of typed columns.
     *
     * @param target the class column, read as class labels (see the class description), or null
     * @throws DataFileException naming the frame and column of an unsupported type, an infinite value, or
     *                           a floating-point target
     */
    public static Table toTable(DataFrame frame, String name, String target) throws DataFileException {
        if (frame.ncol() == 0) {
            throw new DataFileException(name, "the data frame has no columns");
        }
        List<Column> columns = new ArrayList<>(frame.ncol());
        for (int j = 0; j < frame.ncol(); j++) {
            ValueVector vector = frame.column(j);
            columns.add(column(name, vector, vector.name().equals(target)));
        }
        return new Table(name, contentHash(columns), columns, null);
    }

    private static Column column(String frame, ValueVector vector, boolean target) throws DataFileException {
        DataType type = vector.dtype();
        if (vector.measure() instanceof CategoricalMeasure measure) {
            return categorical(frame, vector, measure);
        }
        if (type.isBoolean() || type.isString() || type.isChar() || target && type.isIntegral()) {
            return textual(vector);
        }
        if (target) {
            throw new DataFileException(frame, "the target column '" + vector.name() + "' has type " + type.name()
                    + "; Copse reads classification data only, with class labels in a nominal, string, "
                    + "boolean or integral column");
        }
        if (type.isNumeric() || type.isDecimal()) {
            return numeric(frame, vector);
        }
        throw new DataFileException(frame, "column '" + vector.name() + "' has type " + type.name()
                + ", which Copse does not read; supported are numeric (byte, short, int, long, float, double, "
                + "decimal), boolean, char, string and nominal or ordinal columns");
    }

    private static NominalColumn categorical(String frame, ValueVector vector, CategoricalMeasure measure)
            throws DataFileException {
        Map<Integer, Integer> position = new HashMap<>();
        int[] values = measure.values();
        for (int i = 0; i < values.length; i++) {
            position.put(values[i], i);
        }
        int[] codes = new int[vector.size()];
        for (int row = 0; row < codes.length; row++) {
            if (vector.isNullAt(row)) {
                codes[row] = NominalColumn.MISSING;
                continue;
            }
            Integer code = position.get(vector.getInt(row));
            if (code == null) {
                throw new DataFileException(frame, "row " + (row + 1) + ", column '" + vector.name() + "': value "
                        + vector.getInt(row) + " is not a level of the column's measure " + measure);
            }
            codes[row] = code;
        }
        return new NominalColumn(vector.name(), List.of(measure.levels()), codes);
    }

    private static NominalColumn textual(ValueVector vector) {
        String[] cells = new String[vector.size()];
        Set<String> present = new HashSet<>();
        for (int row = 0; row < cells.length; row++) {
            if (!vector.isNullAt(row)) {
                cells[row] = String.valueOf(vector.get(row));
                present.add(cells[row]);
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
        return new NominalColumn(vector.name(), categories, codes);
    }

    private static NumericColumn numeric(String frame, ValueVector vector) throws DataFileException {
        double[] values = new double[vector.size()];
        for (int row = 0; row < values.length; row++) {
            if (vector.isNullAt(row)) {
                values[row] = Double.NaN;
                continue;
            }
            values[row] = vector.dtype().isDecimal() ? ((BigDecimal) vector.get(row)).doubleValue()
                    : vector.getDouble(row);
            if (Double.isInfinite(values[row])) {
                throw new DataFileException(frame, "row " + (row + 1) + ", column '" + vector.name()
                        + "': the value is infinite");
            }
        }
        return new NumericColumn(vector.name(), values);
    }

    /** SHA-256 over names, kinds, categories and values in a fixed binary form; NaN in one canonical form. */
    private static String contentHash(List<Column> columns) {
        MessageDigest digest = Sha256.newDigest();
        for (Column column : columns) {
            text(digest, column.name());
            text(digest, column.type().name());
            switch (column) {
                case NumericColumn numbers -> {
                    for (int row = 0; row < numbers.size(); row++) {
                        number(digest, Double.doubleToLongBits(numbers.value(row)));
                    }
                }
                case NominalColumn nominal -> {
                    number(digest, nominal.categories().size());
                    nominal.categories().forEach(category -> text(digest, category));
                    for (int row = 0; row < nominal.size(); row++) {
                        number(digest, nominal.code(row));
                    }
                }
            }
        }
        return Sha256.hex(digest);
    }

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }
}
