package dev.copse.examples.cli.data;

import static dev.copse.examples.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copse datasets info|fetch} through the real command line, on data that needs no download. */
class DatasetsCommandTest {

    @Test
    void infoOnTheEmbeddedDatasetPrintsCountsShapeAndHashes() {
        CommandRun run = run("datasets", "info", "default");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rows      6000 train, 1000 test"), run.out());
        assertTrue(run.out().contains("features  784 (image 1x28x28)"), run.out());
        assertEquals(2, run.out().lines().filter(line -> line.trim().startsWith("sha256")).count(), run.out());
    }

    @Test
    void infoOnAMissingFolderIsOneErrorLineNamingIt(@TempDir Path dir) {
        String missing = dir.resolve("nothing-here").toString();

        CommandRun run = run("datasets", "info", missing);

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("copse: error: " + missing), run.err());
    }

    @Test
    void fetchOfAnUnknownDatasetIsAUsageErrorListingTheKnownOnes() {
        CommandRun run = run("datasets", "fetch", "cifar-10");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown dataset 'cifar-10'"), run.err());
        assertTrue(run.err().contains("mnist, fashion-mnist"), run.err());
    }
}
