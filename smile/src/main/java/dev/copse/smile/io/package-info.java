/**
 * Tabular data in: {@link dev.copse.smile.io.CsvReader} (RFC 4180 CSV, shaped by a
 * {@link dev.copse.smile.io.CsvFormat}), {@link dev.copse.smile.io.ArffReader} (Weka's dense ARFF) and
 * {@link dev.copse.smile.io.DataFrames} (Smile DataFrames). Each reads into a
 * {@link dev.copse.smile.tabular.Table} and encodes it with a fitted
 * {@link dev.copse.smile.tabular.TabularEncoding}: a training source gives a dataset plus its encoding, and
 * a test source read with that encoding gets the same features, classes and imputation values. The file
 * readers are Copse's own, strict ones: every problem is a {@link dev.copse.core.data.DataFileException}
 * naming the file and, where there is one, the row, line and column.
 */
package dev.copse.smile.io;
