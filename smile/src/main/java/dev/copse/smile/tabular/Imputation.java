package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import java.util.HashMap;
import java.util.Map;

/** The fill values of {@link MissingValues}: mean and mode of the present values of a training column. */
final class Imputation {

    private Imputation() {
    }

    /** Mean of the present values, summed in double; NaN if there are none. Cost O(n). */
    static double mean(NumericColumn column) {
        double sum = 0;
        int count = 0;
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                sum += column.value(row);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** Most frequent present value, ties to the smallest; NaN if there are none. Cost O(n) expected. */
    static double mode(NumericColumn column) {
        Map<Double, Integer> counts = new HashMap<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                counts.merge(column.value(row) + 0.0, 1, Integer::sum); // + 0.0 counts -0.0 as 0.0
            }
        }
        double best = Double.NaN;
        int bestCount = 0;
        for (Map.Entry<Double, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (count > bestCount || count == bestCount && entry.getKey() < best) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    /** Code of the most frequent present category, ties to the lowest code; -1 if none is present. */
    static int modeCode(NominalColumn column) {
        int[] counts = new int[column.categories().size()];
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                counts[column.code(row)]++;
            }
        }
        int best = -1;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0 && (best < 0 || counts[code] > counts[best])) {
                best = code;
            }
        }
        return best;
    }

    static DataFileException nothingToImpute(Table table, Column column) {
        return new DataFileException(table.source(), "column '" + column.name()
                + "' has no present value, so there is nothing to impute its missing values from; drop it");
    }
}
