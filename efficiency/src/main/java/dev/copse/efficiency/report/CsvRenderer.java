package dev.copse.efficiency.report;

import dev.copse.efficiency.summary.CostMetric;
import dev.copse.efficiency.summary.CostSummary;
import java.util.List;

/** Renders a {@link ComplexityReport} as RFC 4180 CSV. */
final class CsvRenderer {

    static final List<String> HEADER = List.of("model", "accuracy", "parameters", "parameter_bytes", "cost_kind",
            "inputs", "macs_mean", "macs_p99", "bitops_mean", "comparisons_mean", "energy_mean_pj", "energy_table",
            "latency_mean_ns");

    private CsvRenderer() {
    }

    static String render(ComplexityReport report) {
        StringBuilder out = new StringBuilder();
        record(out, HEADER);
        for (ComplexityRow row : report.rows()) {
            CostSummary cost = row.cost();
            record(out, List.of(
                    row.model(),
                    Quantities.plain(row.accuracy()),
                    Long.toString(row.staticCost().parameters()),
                    Long.toString(row.staticCost().parameterBytes()),
                    cost.kind().label(),
                    Integer.toString(cost.inputs()),
                    Quantities.plain(cost.get(CostMetric.MACS).mean()),
                    Quantities.plain(cost.get(CostMetric.MACS).p99()),
                    Quantities.plain(cost.get(CostMetric.BITOPS).mean()),
                    Quantities.plain(cost.get(CostMetric.COMPARISONS).mean()),
                    Quantities.plain(cost.get(CostMetric.ENERGY_PJ).mean()),
                    cost.energyLabel(),
                    row.latency().map(l -> Quantities.plain(l.nanosPerInput().mean())).orElse("")));
        }
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
