package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void measurementRowsCarryMedianSpreadThroughputPeakShareAndMemory() {
        String markdown = MarkdownReport.render(ReportFixtures.gemmReport());
        // copse: median 2 ms, range 1-3 ms, IQR 1.5-2.5 = 1 ms, 2e9 / 0.002 = 1000 GFLOP/s = 500% of 200.
        assertTrue(markdown.contains("| square 1000 | copse-vector | 2.00 | 1.00–3.00 | 1.00 | 1000 | 500 | 64.0 |\n"),
                markdown);
        // numpy: repeated case cell left blank; median 4 ms, IQR 4-4.5 = 0.5 ms, 500 GFLOP/s = 250%.
        assertTrue(markdown.contains("|  | numpy | 4.00 | 4.00–5.00 | 0.500 | 500 | 250 | 32.0 |\n"), markdown);
        assertTrue(markdown.contains("| Case | Implementation | Median ms | Min–max ms | IQR ms | GFLOP/s "
                + "| % of FMA peak | Peak RSS MiB |"), markdown);
    }

    @Test
    void ratioTableAndContextArePrinted() {
        String markdown = MarkdownReport.render(ReportFixtures.gemmReport());
        assertTrue(markdown.startsWith("### GEMM test\n"), markdown);
        assertTrue(markdown.contains("| square 1000 | copse-vector | numpy | 2.00 |\n"), markdown);
        assertTrue(markdown.contains("| CPU | Test CPU (AVX-512), 2 logical CPUs |"), markdown);
        assertTrue(markdown.contains("| Load at start | 0.25 (1-minute load average) |"), markdown);
        assertTrue(markdown.contains("| Memory | 8.00 GiB |"), markdown);
        assertTrue(markdown.contains("| Date | 2025-01-02 03:04 UTC |"), markdown);
        assertTrue(markdown.contains("| Command | `benchmarks/run.sh gemm` |"), markdown);
        assertTrue(markdown.contains("- timing: 3 samples\n"), markdown);
        assertTrue(markdown.contains("- measured FMA peak (FMA loop): 200 GFLOP/s at the median, 200–200 over 1 samples"),
                markdown);
    }

    @Test
    void columnsWithoutDataAreLeftOut() {
        Measurement training = new Measurement("train", "train a forest", "copse", SampleSummary.of(2.0, 4.0),
                OptionalDouble.empty(), OptionalLong.empty());
        ScenarioReport report = new ScenarioReport("forest", "Forest", ReportFixtures.MACHINE, "run.sh forest",
                List.of(), List.of(training), Optional.empty(), List.of());
        String markdown = MarkdownReport.render(report);
        assertTrue(markdown.contains("| Case | Implementation | Median ms | Min–max ms | IQR ms |\n"), markdown);
        assertTrue(markdown.contains("| train a forest | copse | 3000 | 2000–4000 | 1000 |\n"), markdown);
        assertFalse(markdown.contains("GFLOP/s"), markdown);
        assertFalse(markdown.contains("Speed ratio"), markdown);
    }

    @Test
    void formatsThreeSignificantDigitsWithoutExponents() {
        assertEquals("1235", MarkdownReport.format(1234.5));
        assertEquals("12.3", MarkdownReport.format(12.345));
        assertEquals("1.50", MarkdownReport.format(1.5));
        assertEquals("0.0123", MarkdownReport.format(0.012345));
        assertEquals("0", MarkdownReport.format(0));
        assertEquals("-2.50", MarkdownReport.format(-2.5));
    }
}
