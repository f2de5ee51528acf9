/**
 * In-memory classification data: the immutable {@link dev.copse.core.data.Dataset} (compact row-major
 * float features, int labels, names, optional image shape, {@link dev.copse.core.data.Provenance}), seeded
 * shuffles, stratified samples, splits and k-fold, the train-only {@link dev.copse.core.data.Standardizer},
 * and the {@link dev.copse.core.data.DatasetInfo} summary.
 *
 * <p>Reading files lives below: {@code data.idx} (the IDX/MNIST format), {@code data.fetch} (downloading
 * the public datasets into a cache) and {@code data.load} (one entry point by name or folder).
 */
package dev.copse.core.data;
