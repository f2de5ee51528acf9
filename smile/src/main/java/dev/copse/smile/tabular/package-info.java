/**
 * Tables into Copse datasets, independent of the file format: a parsed {@link dev.copse.smile.tabular.Table}
 * of typed {@link dev.copse.smile.tabular.Column}s, the {@link dev.copse.smile.tabular.TabularOptions} that
 * say which column is the class and how nominal columns, missing values and unknown categories are handled,
 * and the fitted {@link dev.copse.smile.tabular.TabularEncoding} that turns a training table and then any
 * test table into {@link dev.copse.core.data.Dataset}s with the same features, classes and training-set
 * imputation values. The CSV, ARFF and DataFrame readers in {@code dev.copse.smile.io} produce the tables.
 */
package dev.copse.smile.tabular;
