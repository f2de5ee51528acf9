package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A nominal column as one-hot or ordinal features over the categories of the training data. Values are
 * matched to those categories by name, so a later table may list its categories in any order.
 *
 * @param categories the training data's categories, index = ordinal value = one-hot position
 * @param fillCode   the category that replaces a missing value, or -1 under {@link MissingValues#REJECT}
 */
record NominalEncoder(String column, List<String> categories, NominalEncoding encoding, MissingValues policy,
                      int fillCode, UnknownCategories unknown) implements ColumnEncoder {

    private static final int CATEGORIES_SHOWN = 20;

    NominalEncoder {
        categories = List.copyOf(categories);
    }

    /**
     * Fits on the training column: the fill category is its most frequent one under the imputing policies.
     *
     * @throws DataFileException if the column has no categories, or imputing is asked for but the column
     *                           has no value at all
     */
    static NominalEncoder fit(Table table, NominalColumn column, TabularOptions options) throws DataFileException {
        if (column.categories().isEmpty()) {
            throw new DataFileException(table.source(), "column '" + column.name()
                    + "' has no categories at all; drop it or give it values");
        }
        int fill = options.missingValues() == MissingValues.REJECT ? -1 : Imputation.modeCode(column);
        if (options.missingValues() != MissingValues.REJECT && fill < 0) {
            throw Imputation.nothingToImpute(table, column);
        }
        return new NominalEncoder(column.name(), column.categories(), options.nominalEncoding(),
                options.missingValues(), fill, options.unknownCategories());
    }

    @Override
    public ColumnType type() {
        return ColumnType.NOMINAL;
    }

    @Override
    public List<String> featureNames() {
        if (encoding == NominalEncoding.ORDINAL) {
            return List.of(column);
        }
        List<String> names = new ArrayList<>(categories.size());
        categories.forEach(category -> names.add(column + "=" + category));
        return names;
    }

    @Override
    public void encode(Table table, Column column, float[] features, int width, int offset, String fittedOn)
            throws DataFileException {
        if (!(column instanceof NominalColumn nominal)) {
            throw ColumnEncoder.typeMismatch(table, column, ColumnType.NOMINAL, fittedOn);
        }
        int[] translated = translation(nominal);
        for (int row = 0; row < table.size(); row++) {
            int code = nominal.code(row);
            int known;
            if (code == NominalColumn.MISSING) {
                if (policy == MissingValues.REJECT) {
                    throw ColumnEncoder.missing(table, row, column);
                }
                known = fillCode;
            } else {
                known = translated[code];
                if (known < 0) {
                    if (unknown == UnknownCategories.REJECT) {
                        throw unknownCategory(table, row, nominal.categories().get(code), fittedOn);
                    }
                    continue; // ALL_ZEROS: the zeroed one-hot block stays as it is
                }
            }
            if (encoding == NominalEncoding.ONE_HOT) {
                features[row * width + offset + known] = 1f;
            } else {
                features[row * width + offset] = known;
            }
        }
    }

    /** For each category of the table's column, its index among the training categories, or -1. */
    private int[] translation(NominalColumn nominal) {
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            known.put(categories.get(i), i);
        }
        int[] translated = new int[nominal.categories().size()];
        for (int i = 0; i < translated.length; i++) {
            translated[i] = known.getOrDefault(nominal.categories().get(i), -1);
        }
        return translated;
    }

    private DataFileException unknownCategory(Table table, int row, String value, String fittedOn) {
        return new DataFileException(table.source(), table.where(row) + ", column '" + column + "': category '"
                + value + "' is not among the " + categories.size() + " categories of the training data ("
                + fittedOn + "): " + shown(categories) + "; fix the value, or encode with ONE_HOT and "
                + "UnknownCategories.ALL_ZEROS to map unknown categories to all-zero features");
    }

    static String shown(List<String> names) {
        List<String> head = names.subList(0, Math.min(names.size(), CATEGORIES_SHOWN));
        return String.join(", ", head) + (names.size() > head.size() ? ", ..." : "");
    }
}
