package dev.copse.smile.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Sha256;
import dev.copse.core.data.fetch.DataCache;
import dev.copse.core.data.fetch.DataFetchException;
import dev.copse.core.data.fetch.DebianPackage;
import dev.copse.core.data.fetch.ExternalTools;
import dev.copse.core.progress.ProgressListener;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against stand-in apt-get and dpkg scripts and a tiny dataset of its own: no network. */
class TabularDatasetFetcherTest {

    private static final String ARFF = "@relation tiny\n@attribute a numeric\n@attribute y {p, q}\n@data\n1,p\n2,q\n";

    @TempDir
    Path dir;

    private Path cache;
    private Path packaged;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the stand-in tools are shell scripts");
        cache = dir.resolve("cache");
        packaged = Files.writeString(dir.resolve("packaged.arff"), ARFF);
    }

    private static TabularDataset tiny(String sha256) {
        return new TabularDataset("tiny", "Tiny", "tiny.arff", sha256,
                new DebianPackage("copse-test-data", "usr/share/tiny"), "2 rows, 1 numeric attribute, 2 classes");
    }

    private static String sha(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fetchesVerifiesCachesAndReads() throws IOException {
        TabularDataset dataset = tiny(sha(ARFF));
        TabularDatasetFetcher fetcher = new TabularDatasetFetcher(new DataCache(cache), tools(aptGet(), dpkg()));
        Path file = fetcher.ensure(dataset, ProgressListener.none());
        assertEquals(cache.resolve("tiny").resolve("tiny.arff"), file);
        assertEquals(ARFF, Files.readString(file));
        assertEquals(List.of(), workFolders(cache), "the work folder is deleted");
        TabularDatasetFetcher offline = new TabularDatasetFetcher(new DataCache(cache),
                tools(script("apt-get", "exit 1\n"), dpkg()));
        TabularData data = offline.load(dataset, NominalEncoding.ONE_HOT, ProgressListener.none());
        assertArrayEquals(new float[] {1, 2}, data.dataset().features());
        assertEquals(Sha256.hex(file), data.dataset().provenance().sha256());
    }

    @Test
    void packageWithAnotherFileIsRefusedAndNothingIsInstalled() throws IOException {
        TabularDataset dataset = tiny(sha("something else"));
        TabularDatasetFetcher fetcher = new TabularDatasetFetcher(new DataCache(cache), tools(aptGet(), dpkg()));
        DataFileException e = assertThrows(DataFileException.class, () -> fetcher.ensure(dataset,
                ProgressListener.none()));
        assertTrue(e.getMessage().contains("must have " + dataset.sha256()), e.getMessage());
        assertFalse(Files.exists(fetcher.file(dataset)));
        assertEquals(List.of(), workFolders(cache));
    }

    @Test
    void damagedCachedFileIsAnError() throws IOException {
        TabularDataset dataset = tiny(sha(ARFF));
        TabularDatasetFetcher fetcher = new TabularDatasetFetcher(new DataCache(cache), tools(aptGet(), dpkg()));
        Path file = fetcher.ensure(dataset, ProgressListener.none());
        Files.writeString(file, ARFF + "3,p\n");
        DataFileException e = assertThrows(DataFileException.class, () -> fetcher.ensure(dataset,
                ProgressListener.none()));
        assertTrue(e.getMessage().startsWith(file + ": has SHA-256"), e.getMessage());
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void missingToolSaysWhatToInstallAndWhatToDoInstead() {
        TabularDatasetFetcher fetcher = new TabularDatasetFetcher(new DataCache(cache),
                tools(dir.resolve("no-such-apt-get"), dir.resolve("no-such-dpkg")));
        DataFetchException e = assertThrows(DataFetchException.class,
                () -> fetcher.ensure(tiny(sha(ARFF)), ProgressListener.none()));
        assertTrue(e.getMessage().contains("apt-get"), e.getMessage());
        assertTrue(e.getMessage().contains("copy tiny.arff from /usr/share/tiny"), e.getMessage());
    }

    @Test
    void benchmarkDatasetsAreDistinctWekaFiles() {
        assertEquals(3, new HashSet<>(TabularDataset.ALL.stream().map(TabularDataset::name).toList()).size());
        assertEquals(TabularDataset.SEGMENT, TabularDataset.byName("segment").orElseThrow());
        assertTrue(TabularDataset.byName("iris").isEmpty());
        TabularDataset.ALL.forEach(dataset -> assertEquals(TabularDataset.WEKA, dataset.source()));
        assertThrows(IllegalArgumentException.class, () -> new TabularDataset("Bad Name", "t", "f.arff", sha(ARFF),
                TabularDataset.WEKA, "s"));
        assertThrows(IllegalArgumentException.class, () -> new TabularDataset("ok", "t", "../f.arff", sha(ARFF),
                TabularDataset.WEKA, "s"));
    }

    private Path aptGet() throws IOException {
        return script("apt-get", "[ \"$1\" = download ] || exit 9\necho fake > \"$2\"_1_all.deb\n");
    }

    private Path dpkg() throws IOException {
        return script("dpkg", "[ \"$1\" = -x ] || exit 9\nmkdir -p \"$3/usr/share/tiny\"\ncp '" + packaged
                + "' \"$3/usr/share/tiny/tiny.arff\"\n");
    }

    private static ExternalTools tools(Path aptGet, Path dpkg) {
        return new ExternalTools("npm", "tar", aptGet.toString(), dpkg.toString());
    }

    private Path script(String name, String body) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bin-" + name + "-" + body.hashCode()));
        Path file = folder.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        assumeTrue(file.toFile().setExecutable(true), "cannot make a stand-in tool executable");
        return file;
    }

    /** The fetch work folders ({@code .fetch-*}) left in the cache root. */
    private static List<String> workFolders(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".fetch-"))
                    .toList();
        }
    }
}
