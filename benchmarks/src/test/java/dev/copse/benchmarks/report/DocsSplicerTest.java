package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsSplicerTest {

    private static final String DOC = """
            # Benchmarks
            intro
            <!-- copse-bench:begin gemm -->
            old table
            <!-- copse-bench:end gemm -->
            outro
            """;

    @Test
    void replacesOnlyTheTextBetweenTheMarkers() {
        String result = DocsSplicer.splice(DOC, "BENCHMARKS.md", "gemm", "\n| new | table |\n\n");
        assertEquals("""
                # Benchmarks
                intro
                <!-- copse-bench:begin gemm -->
                | new | table |
                <!-- copse-bench:end gemm -->
                outro
                """, result);
    }

    @Test
    void splicingTwiceGivesTheSameDocument() {
        String once = DocsSplicer.splice(DOC, "doc", "gemm", "table v2");
        assertEquals(once, DocsSplicer.splice(once, "doc", "gemm", "table v2"));
    }

    @Test
    void otherSectionsAreLeftAlone() {
        String two = DOC + DocsSplicer.beginMarker("gemm-jmh") + "\nkeep\n" + DocsSplicer.endMarker("gemm-jmh") + "\n";
        String result = DocsSplicer.splice(two, "doc", "gemm", "fresh");
        assertTrue(result.contains("<!-- copse-bench:begin gemm-jmh -->\nkeep\n<!-- copse-bench:end gemm-jmh -->"),
                result);
        assertTrue(result.contains("<!-- copse-bench:begin gemm -->\nfresh\n<!-- copse-bench:end gemm -->"), result);
    }

    @Test
    void missingBeginMarkerIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.splice("# nothing here\n", "docs/BENCHMARKS.md", "gemm", "x"));
        assertEquals("docs/BENCHMARKS.md has no marker '<!-- copse-bench:begin gemm -->'; add the pair of marker "
                + "lines where the generated section belongs", e.getMessage());
    }

    @Test
    void missingEndMarkerIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.splice("<!-- copse-bench:begin gemm -->\n", "doc.md", "gemm", "x"));
        assertTrue(e.getMessage().contains("doc.md has no marker '<!-- copse-bench:end gemm -->'"), e.getMessage());
    }

    @Test
    void duplicateOrReversedMarkersAreErrors() {
        String twice = DOC + DocsSplicer.beginMarker("gemm") + "\n";
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.splice(twice, "doc.md", "gemm", "x"));
        assertTrue(duplicate.getMessage().contains("more than once"), duplicate.getMessage());
        String reversed = DocsSplicer.endMarker("gemm") + "\n" + DocsSplicer.beginMarker("gemm") + "\n";
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.splice(reversed, "doc.md", "gemm", "x"));
        assertTrue(order.getMessage().contains("comes before"), order.getMessage());
    }

    @Test
    void sectionsCanBeCheckedBeforeALongRun(@TempDir Path folder) throws IOException {
        Path doc = Files.writeString(folder.resolve("BENCHMARKS.md"), DOC);
        DocsSplicer.requireSections(doc, List.of("gemm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.requireSections(doc, List.of("gemm", "resnet")));
        assertTrue(e.getMessage().contains("no marker '<!-- copse-bench:begin resnet -->'"), e.getMessage());
        assertEquals(DOC, Files.readString(doc), "checking must not change the document");
        assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.requireSections(folder.resolve("missing.md"), List.of("gemm")));
    }

    @Test
    void updatesAFileInPlace(@TempDir Path folder) throws IOException {
        Path doc = Files.writeString(folder.resolve("BENCHMARKS.md"), DOC);
        DocsSplicer.spliceFile(doc, "gemm", "from file");
        assertTrue(Files.readString(doc).contains("begin gemm -->\nfrom file\n<!--"), Files.readString(doc));
        assertEquals(1, Files.list(folder).count(), "no temporary file may be left behind");
        assertThrows(IllegalArgumentException.class,
                () -> DocsSplicer.spliceFile(folder.resolve("missing.md"), "gemm", "x"));
    }
}
