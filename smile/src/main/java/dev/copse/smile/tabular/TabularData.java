package dev.copse.smile.tabular;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;

/**
 * A dataset together with the encoding fitted on it; pass {@link #encoding()} to the readers to encode a
 * test file the same way.
 *
 * @param dataset  the encoded training data
 * @param encoding the encoding fitted on it
 */
public record TabularData(Dataset dataset, TabularEncoding encoding) {

    public TabularData {
        if (dataset == null || encoding == null) {
            throw new IllegalArgumentException("dataset and encoding must not be null");
        }
    }

    /**
     * Fits an encoding on {@code table} and applies it to the same table.
     *
     * @throws DataFileException as {@link TabularEncoding#fit} and {@link TabularEncoding#apply} do
     */
    public static TabularData encode(Table table, TabularOptions options) throws DataFileException {
        TabularEncoding encoding = TabularEncoding.fit(table, options);
        return new TabularData(encoding.apply(table), encoding);
    }
}
