/**
 * Everything that touches Smile (GPL-3.0): CSV, ARFF and DataFrames read into Copse datasets, Copse models
 * wrapped as Smile classifiers and trainers, and Smile's random forest as a cascade member. Smile is
 * confined to this module and the ones above it.
 *
 * <p>Sub-packages: {@code tabular} (tables, encoding options and the fitted encoding that turns a table
 * into a dataset), {@code io} (the CSV, ARFF and DataFrame readers) and {@code datasets} (real tabular
 * benchmark datasets fetched from Debian packages).
 */
package dev.copse.smile;
