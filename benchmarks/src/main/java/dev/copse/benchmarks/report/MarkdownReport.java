package dev.copse.benchmarks.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Renders a {@link ScenarioReport} as Markdown: the machine, the settings, one row per measurement
 * (median, min–max and interquartile range of the call time, GFLOP/s at the median, share of the measured
 * FMA peak, peak memory) and one row per Copse/peer pair. Columns that no measurement fills are left out.
 *
 * <p>Stateless and thread-safe. Numbers are formatted with three significant digits, without exponents.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final double MIB = 1024.0 * 1024.0;

    private MarkdownReport() {
    }

    /** The whole report, starting with a level-3 heading. */
    public static String render(ScenarioReport report) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(report.title()).append("\n\n");
        out.append(machine(report)).append('\n');
        for (Fact fact : report.facts()) {
            out.append("- ").append(fact.name()).append(": ").append(fact.value()).append('\n');
        }
        report.peak().ifPresent(peak -> out.append("- measured FMA peak (").append(peak.caseDescription())
                .append("): ").append(format(peak.gflops().orElseThrow())).append(" GFLOP/s at the median, ")
                .append(format(peak.flopsPerCall().orElseThrow() / peak.secondsPerCall().max() / 1e9)).append('–')
                .append(format(peak.flopsPerCall().orElseThrow() / peak.secondsPerCall().min() / 1e9))
                .append(" over ").append(peak.secondsPerCall().count()).append(" samples\n"));
        out.append('\n').append(measurements(report));
        if (!report.ratios().isEmpty()) {
            out.append('\n').append(ratios(report));
        }
        return out.toString();
    }

    private static String machine(ScenarioReport report) {
        MachineInfo machine = report.machine();
        return new MarkdownTable("Machine", "")
                .row("CPU", machine.cpuModel() + ", " + machine.logicalCpus() + " logical CPUs")
                .row("Load at start", machine.loadAverage() < 0 ? "unknown"
                        : String.format(Locale.ROOT, "%.2f (1-minute load average)", machine.loadAverage()))
                .row("Memory", format(machine.memoryBytes() / (MIB * 1024)) + " GiB")
                .row("JDK", machine.jdk())
                .row("OS", machine.os())
                .row("Date", STAMP.format(machine.started()))
                .row("Commit", machine.commit())
                .row("Command", "`" + report.command() + "`")
                .render();
    }

    private static String measurements(ScenarioReport report) {
        boolean flops = report.measurements().stream().anyMatch(m -> m.flopsPerCall().isPresent());
        boolean peak = flops && report.peak().isPresent();
        boolean memory = report.measurements().stream().anyMatch(m -> m.peakRssBytes().isPresent());
        int columns = 5 + (flops ? 1 : 0) + (peak ? 1 : 0) + (memory ? 1 : 0);
        String[] headers = new String[columns];
        int h = 0;
        headers[h++] = "Case";
        headers[h++] = "Implementation";
        headers[h++] = "Median ms";
        headers[h++] = "Min–max ms";
        headers[h++] = "IQR ms";
        if (flops) {
            headers[h++] = "GFLOP/s";
        }
        if (peak) {
            headers[h++] = "% of FMA peak";
        }
        if (memory) {
            headers[h++] = "Peak RSS MiB";
        }
        MarkdownTable table = new MarkdownTable(headers);
        for (int c = 2; c < columns; c++) {
            table.align(c, MarkdownTable.Align.RIGHT);
        }
        String previousCase = null;
        for (Measurement m : report.measurements()) {
            String[] cells = new String[columns];
            int i = 0;
            SampleSummary s = m.secondsPerCall();
            cells[i++] = m.caseDescription().equals(previousCase) ? "" : m.caseDescription();
            cells[i++] = m.implementation();
            cells[i++] = format(s.median() * 1e3);
            cells[i++] = format(s.min() * 1e3) + "–" + format(s.max() * 1e3);
            cells[i++] = format(s.interquartileRange() * 1e3);
            if (flops) {
                cells[i++] = orDash(m.gflops(), 1);
            }
            if (peak) {
                cells[i++] = orDash(m.fractionOf(report.peak().orElseThrow()), 100);
            }
            if (memory) {
                cells[i++] = m.peakRssBytes().isPresent() ? format(m.peakRssBytes().getAsLong() / MIB) : "—";
            }
            table.row(cells);
            previousCase = m.caseDescription();
        }
        return table.render();
    }

    private static String ratios(ScenarioReport report) {
        MarkdownTable table = new MarkdownTable("Case", "Copse", "Peer", "Speed ratio Copse/peer")
                .align(3, MarkdownTable.Align.RIGHT);
        for (SpeedRatio ratio : report.ratios()) {
            table.row(describe(report, ratio.caseId()), ratio.copse(), ratio.peer(), format(ratio.ratio()));
        }
        return "Speed ratio = peer's median time / Copse's median time (above 1: Copse is faster).\n\n"
                + table.render();
    }

    private static String describe(ScenarioReport report, String caseId) {
        return report.measurements().stream().filter(m -> m.caseId().equals(caseId)).findFirst()
                .map(Measurement::caseDescription).orElseThrow();
    }

    private static String orDash(OptionalDouble value, double scale) {
        return value.isPresent() ? format(value.getAsDouble() * scale) : "—";
    }

    /** Three significant digits, plain notation: 1234.5 → "1235", 12.345 → "12.3", 0.012345 → "0.0123". */
    static String format(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return Double.isFinite(value) ? "0" : String.valueOf(value);
        }
        int digitsBeforePoint = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, 3 - digitsBeforePoint);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
