package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFolderTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    @Test
    void secondRunOnTheSameDayGetsASuffix(@TempDir Path root) throws IOException {
        assertEquals(root.resolve("2025-03-04-gemm"), ResultsFolder.create(root, DAY, "gemm").path());
        assertEquals(root.resolve("2025-03-04-gemm-2"), ResultsFolder.create(root, DAY, "gemm").path());
        assertEquals(root.resolve("2025-03-04-gemm-jmh"), ResultsFolder.create(root, DAY, "gemm-jmh").path());
    }

    @Test
    void findsTheOneMarkdownTable(@TempDir Path root) throws IOException {
        ResultsFolder folder = ResultsFolder.create(root, DAY, "gemm");
        Files.writeString(folder.path().resolve("gemm.md"), "| table |\n");
        Files.writeString(folder.path().resolve("gemm.json"), "{}\n");
        ResultsFolder.Table table = folder.markdown();
        assertEquals("gemm", table.scenario());
        assertEquals("| table |\n", table.markdown());
    }

    @Test
    void noneOrSeveralTablesAreErrors(@TempDir Path root) throws IOException {
        ResultsFolder folder = ResultsFolder.create(root, DAY, "gemm");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, folder::markdown);
        assertTrue(none.getMessage().contains("exactly one <scenario>.md file, found 0"), none.getMessage());
        Files.writeString(folder.path().resolve("a.md"), "a");
        Files.writeString(folder.path().resolve("b.md"), "b");
        assertThrows(IllegalArgumentException.class, folder::markdown);
        assertThrows(IllegalArgumentException.class, () -> new ResultsFolder(root.resolve("absent")).markdown());
    }
}
