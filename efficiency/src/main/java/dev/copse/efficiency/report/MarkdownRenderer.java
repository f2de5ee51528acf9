package dev.copse.efficiency.report;

import dev.copse.efficiency.summary.CostMetric;
import dev.copse.efficiency.summary.CostSummary;
import java.util.List;
import java.util.Locale;

/** Renders a {@link ComplexityReport} as a GitHub-flavoured Markdown table. */
final class MarkdownRenderer {

    private static final String MISSING = "\u2014";

    private MarkdownRenderer() {
    }

    static String render(ComplexityReport report) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("Model", "Accuracy", "Params", "Cost kind", "MACs mean", "MACs p99", "BitOPs mean",
                "Comparisons mean", "Energy mean (" + escape(report.energyLabel()) + ")", "Latency mean (measured)"));
        out.append("|:---|---:|---:|:---|---:|---:|---:|---:|---:|---:|\n");
        for (ComplexityRow row : report.rows()) {
            CostSummary cost = row.cost();
            line(out, List.of(
                    escape(row.model()),
                    String.format(Locale.ROOT, "%.2f %%", 100 * row.accuracy()),
                    Quantities.count(row.staticCost().parameters()),
                    cost.kind().label(),
                    Quantities.count(cost.get(CostMetric.MACS).mean()),
                    Quantities.count(cost.get(CostMetric.MACS).p99()),
                    Quantities.count(cost.get(CostMetric.BITOPS).mean()),
                    Quantities.count(cost.get(CostMetric.COMPARISONS).mean()),
                    Quantities.si(cost.get(CostMetric.ENERGY_PJ).mean(), -12, "J"),
                    row.latency().map(l -> Quantities.si(l.nanosPerInput().mean(), -9, "s")).orElse(MISSING)));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    /** A pipe would end the cell and a backslash could escape it, so both are escaped. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }
}
