package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.benchmarks.report.DocsSplicer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line paths that start no benchmark. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void updateDocsSplicesAResultsFolderIntoTheDocument(@TempDir Path dir) throws Exception {
        Path results = Files.createDirectories(dir.resolve("2025-03-04-gemm"));
        Files.writeString(results.resolve("gemm.md"), "### GEMM\n| generated |\n");
        Path docs = Files.writeString(dir.resolve("BENCHMARKS.md"), "# B\n" + DocsSplicer.beginMarker("gemm")
                + "\nstale\n" + DocsSplicer.endMarker("gemm") + "\n");
        assertEquals(0, Main.run(new String[] {"update-docs", results.toString(), "--docs", docs.toString()},
                print, print));
        assertEquals("# B\n<!-- copse-bench:begin gemm -->\n### GEMM\n| generated |\n<!-- copse-bench:end gemm -->\n",
                Files.readString(docs));
    }

    @Test
    void updateDocsWithoutMarkersFailsAndLeavesTheDocument(@TempDir Path dir) throws IOException {
        Path results = Files.createDirectories(dir.resolve("r"));
        Files.writeString(results.resolve("gemm.md"), "| generated |\n");
        Path docs = Files.writeString(dir.resolve("BENCHMARKS.md"), "# no markers\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.run(
                new String[] {"update-docs", results.toString(), "--docs", docs.toString()}, print, print));
        assertTrue(e.getMessage().contains("has no marker '<!-- copse-bench:begin gemm -->'"), e.getMessage());
        assertEquals("# no markers\n", Files.readString(docs));
    }

    @Test
    void listNamesEveryScenario() throws Exception {
        assertEquals(0, Main.run(new String[] {"list"}, print, print));
        String listing = out.toString(StandardCharsets.UTF_8);
        for (Scenario scenario : ScenarioCatalog.all()) {
            assertTrue(listing.contains(scenario.name() + "\t"), listing);
        }
    }

    @Test
    void unknownScenarioListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Main.run(new String[] {"no-such-scenario"}, print, print));
        assertEquals("unknown scenario 'no-such-scenario'; known scenarios: gemm, gemm-jmh, resnet, resnet-quick,"
                + " cascade, cascade-smoke, tabular, tabular-smoke, softforest, softforest-fashion, softforest-quick",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Main.run(new String[] {}, print, print));
        // Every name is checked before the first scenario starts.
        assertThrows(IllegalArgumentException.class,
                () -> Main.run(new String[] {"gemm", "no-such-scenario"}, print, print));
    }
}
