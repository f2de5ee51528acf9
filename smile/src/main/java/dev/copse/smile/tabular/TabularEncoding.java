package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fitted recipe that turns a {@link Table} into a {@link Dataset}: the class column and its class
 * names, and for every other column its type, its categories and its fill value for missing data, all
 * taken from the table it was fitted on. Applying it to a second table (a test file) encodes that table
 * exactly like the first: same features in the same order, same category positions, same class indices,
 * and missing values filled with the <em>training</em> statistics (see {@link MissingValues}).
 *
 * <p><b>Features.</b> Every column except the target, in table order: a numeric column is one feature
 * named after it; a nominal column is one feature per category named {@code column=category} under
 * {@link NominalEncoding#ONE_HOT}, or one feature holding the category index under
 * {@link NominalEncoding#ORDINAL}. <b>Classes.</b> The target must be nominal; its categories, in the
 * fitted table's order, are the class names (a category no row uses is still a class).
 *
 * <p><b>Matching.</b> {@link #apply} finds columns by name, so their order may differ, but the table must
 * have exactly the fitted columns with the fitted types. Categories are matched by name.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class TabularEncoding {

    private final TabularOptions options;
    private final String fittedOn;
    private final String target;
    private final List<String> classNames;
    private final List<ColumnEncoder> encoders;
    private final List<String> featureNames;

    private TabularEncoding(TabularOptions options, String fittedOn, String target, List<String> classNames,
                            List<ColumnEncoder> encoders, List<String> featureNames) {
        this.options = options;
        this.fittedOn = fittedOn;
        this.target = target;
        this.classNames = List.copyOf(classNames);
        this.encoders = List.copyOf(encoders);
        this.featureNames = List.copyOf(featureNames);
    }

    /**
     * Fits the encoding on {@code table} (the training data). Cost O(rows x columns).
     *
     * @throws DataFileException naming the table's source if it has no rows, the target column does not
     *                           exist or is numeric, there is no feature column, a class name is blank, two
     *                           features would get the same name, or imputing is asked for in a column with
     *                           no value
     */
    public static TabularEncoding fit(Table table, TabularOptions options) throws DataFileException {
        if (table.size() == 0) {
            throw new DataFileException(table.source(), "has no data rows");
        }
        int targetIndex = targetIndex(table, options);
        Column targetColumn = table.columns().get(targetIndex);
        if (!(targetColumn instanceof NominalColumn classes)) {
            throw new DataFileException(table.source(), "the target column '" + targetColumn.name()
                    + "' is numeric, but Copse reads classification data only: the target must be nominal "
                    + "(in ARFF declare it as {class1, class2, ...}; in CSV give the classes as names or integers)");
        }
        checkClassNames(table, classes);
        if (table.columns().size() < 2) {
            throw new DataFileException(table.source(), "has only the target column '" + targetColumn.name()
                    + "'; at least one feature column is needed");
        }
        List<ColumnEncoder> encoders = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column != targetColumn) {
                encoders.add(switch (column) {
                    case NumericColumn numbers -> NumericEncoder.fit(table, numbers, options.missingValues());
                    case NominalColumn nominal -> NominalEncoder.fit(table, nominal, options);
                });
            }
        }
        List<String> featureNames = featureNames(table, encoders);
        return new TabularEncoding(options, table.source(), targetColumn.name(), classes.categories(), encoders,
                featureNames);
    }

    /**
     * Encodes {@code table} as a dataset whose provenance is the table's source and hash. Cost O(rows x
     * features) time and one {@code float[rows x features]} besides the dataset's own copy.
     *
     * @throws DataFileException naming the table's source (and the row and column where there is one) if
     *                           the table has no rows, lacks a fitted column or has an extra one, a column
     *                           has the other type, a class label is missing or unknown, a feature value is
     *                           missing under {@link MissingValues#REJECT}, a category is unknown under
     *                           {@link UnknownCategories#REJECT}, or a number does not fit a float
     */
    public Dataset apply(Table table) throws DataFileException {
        if (table.size() == 0) {
            throw new DataFileException(table.source(), "has no data rows");
        }
        checkColumns(table);
        int width = featureNames.size();
        float[] features = new float[Math.multiplyExact(table.size(), width)];
        int offset = 0;
        for (ColumnEncoder encoder : encoders) {
            Column column = table.columns().get(table.indexOf(encoder.column()));
            encoder.encode(table, column, features, width, offset, fittedOn);
            offset += encoder.featureNames().size();
        }
        int[] labels = labels(table);
        return Dataset.of(features, labels, classNames, featureNames, null, table.provenance());
    }

    /** The options it was fitted with. */
    public TabularOptions options() {
        return options;
    }

    /** The source of the table it was fitted on. */
    public String fittedOn() {
        return fittedOn;
    }

    /** The name of the class column. */
    public String target() {
        return target;
    }

    /** Class names, index = label. Unmodifiable. */
    public List<String> classNames() {
        return classNames;
    }

    /** Feature names, index = feature. Unmodifiable. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The input (non-target) columns, in feature order. */
    public List<String> inputColumns() {
        return encoders.stream().map(ColumnEncoder::column).toList();
    }

    /** The type of each fitted column, the target included, by name; what a reader should type them as. */
    public Map<String, ColumnType> columnTypes() {
        Map<String, ColumnType> types = new HashMap<>();
        encoders.forEach(encoder -> types.put(encoder.column(), encoder.type()));
        types.put(target, ColumnType.NOMINAL);
        return Map.copyOf(types);
    }

    /** The training categories of nominal input column {@code column}; empty for a numeric column. */
    public List<String> categories(String column) {
        for (ColumnEncoder encoder : encoders) {
            if (encoder.column().equals(column)) {
                return encoder instanceof NominalEncoder nominal ? nominal.categories() : List.of();
            }
        }
        throw new IllegalArgumentException("'" + column + "' is not an input column of this encoding; its "
                + "input columns are " + NominalEncoder.shown(inputColumns()));
    }

    @Override
    public String toString() {
        return "TabularEncoding[" + encoders.size() + " columns -> " + featureNames.size() + " features, "
                + classNames.size() + " classes from '" + target + "', " + options.nominalEncoding() + ", "
                + options.missingValues() + ", fitted on " + fittedOn + "]";
    }

    private static int targetIndex(Table table, TabularOptions options) throws DataFileException {
        if (options.target() == null) {
            return table.columns().size() - 1;
        }
        int index = table.indexOf(options.target());
        if (index < 0) {
            throw new DataFileException(table.source(), "has no target column '" + options.target()
                    + "'; its columns are " + NominalEncoder.shown(table.columnNames()));
        }
        return index;
    }

    private static void checkClassNames(Table table, NominalColumn classes) throws DataFileException {
        if (classes.categories().isEmpty()) {
            throw new DataFileException(table.source(), "the target column '" + classes.name()
                    + "' has no class labels");
        }
        for (String name : classes.categories()) {
            if (name.isBlank()) {
                throw new DataFileException(table.source(), "the target column '" + classes.name()
                        + "' has a blank class name; every class needs a name");
            }
        }
    }

    private static List<String> featureNames(Table table, List<ColumnEncoder> encoders) throws DataFileException {
        Map<String, String> owner = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (ColumnEncoder encoder : encoders) {
            for (String name : encoder.featureNames()) {
                String previous = owner.putIfAbsent(name, encoder.column());
                if (previous != null) {
                    throw new DataFileException(table.source(), "columns '" + previous + "' and '"
                            + encoder.column() + "' both give a feature named '" + name + "'; rename one");
                }
                names.add(name);
            }
        }
        return names;
    }

    private void checkColumns(Table table) throws DataFileException {
        Set<String> expected = new LinkedHashSet<>(inputColumns());
        expected.add(target);
        for (String name : expected) {
            if (table.indexOf(name) < 0) {
                throw new DataFileException(table.source(), "has no column '" + name + "', which the encoding "
                        + "fitted on " + fittedOn + " needs");
            }
        }
        for (String name : table.columnNames()) {
            if (!expected.contains(name)) {
                throw new DataFileException(table.source(), "has a column '" + name + "' that the training data ("
                        + fittedOn + ") does not have; tables encoded together must have the same columns");
            }
        }
    }

    private int[] labels(Table table) throws DataFileException {
        Column column = table.columns().get(table.indexOf(target));
        if (!(column instanceof NominalColumn nominal)) {
            throw ColumnEncoder.typeMismatch(table, column, ColumnType.NOMINAL, fittedOn);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classNames.size(); i++) {
            index.put(classNames.get(i), i);
        }
        int[] labels = new int[table.size()];
        for (int row = 0; row < labels.length; row++) {
            int code = nominal.code(row);
            if (code == NominalColumn.MISSING) {
                throw new DataFileException(table.source(), table.where(row) + ", column '" + target
                        + "': the class label is missing; every row needs one");
            }
            Integer label = index.get(nominal.categories().get(code));
            if (label == null) {
                throw new DataFileException(table.source(), table.where(row) + ", column '" + target + "': class '"
                        + nominal.categories().get(code) + "' is not among the classes of the training data ("
                        + fittedOn + "): " + NominalEncoder.shown(classNames));
            }
            labels[row] = label;
        }
        return labels;
    }
}
