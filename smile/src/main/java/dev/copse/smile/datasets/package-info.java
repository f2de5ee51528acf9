/**
 * Real tabular benchmark datasets from Debian packages: {@link dev.copse.smile.datasets.TabularDataset}
 * names each (package, file, SHA-256) and {@link dev.copse.smile.datasets.TabularDatasetFetcher} fetches it
 * into the Copse data cache with {@code apt-get download} and {@code dpkg -x}, verifies it, and reads it.
 * The files are never part of the Copse sources.
 */
package dev.copse.smile.datasets;
