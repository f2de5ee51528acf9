package dev.copse.examples.cli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CopseCommand;
import dev.copse.examples.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copse datasets info|fetch} through the real command line, on data that needs no download. */
class DatasetsCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine commandLine = Main.commandLine(new CopseCommand(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = Main.run(commandLine, args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void infoOnTheEmbeddedDatasetPrintsCountsShapeAndHashes() {
        Run run = run("datasets", "info", "default");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("rows      6000 train, 1000 test"), run.out());
        assertTrue(run.out().contains("features  784 (image 1x28x28)"), run.out());
        assertEquals(2, run.out().lines().filter(line -> line.trim().startsWith("sha256")).count(), run.out());
    }

    @Test
    void infoOnAMissingFolderIsOneErrorLineNamingIt(@TempDir Path dir) {
        String missing = dir.resolve("nothing-here").toString();

        Run run = run("datasets", "info", missing);

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("copse: error: " + missing), run.err());
    }

    @Test
    void fetchOfAnUnknownDatasetIsAUsageErrorListingTheKnownOnes() {
        Run run = run("datasets", "fetch", "cifar-10");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown dataset 'cifar-10'"), run.err());
        assertTrue(run.err().contains("mnist, fashion-mnist"), run.err());
    }
}
