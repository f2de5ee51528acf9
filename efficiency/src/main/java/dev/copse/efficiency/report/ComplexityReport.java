package dev.copse.efficiency.report;

import dev.copse.core.json.JsonObject;
import dev.copse.efficiency.cost.FlopConvention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several models side by side: name, accuracy, parameters, mean and p99 MACs, mean BitOPs, mean comparisons,
 * mean energy (headed with the energy table's label) and mean measured latency.
 *
 * <ul>
 *   <li>{@link #toMarkdown()}: a table for people, with numbers rounded to three significant digits and SI
 *       prefixes ({@code 1.81 M} MACs, {@code 8.31 µJ}, {@code 12.3 µs}); a missing latency shows as
 *       {@code —}.</li>
 *   <li>{@link #toCsv()}: the same columns for spreadsheets, exact numbers in base units (pJ, ns), plus
 *       parameter bytes, number of inputs and the energy table label; RFC 4180 (CRLF line ends, fields
 *       quoted when they hold a comma, quote or line break, quotes doubled); a missing latency is an empty
 *       field.</li>
 *   <li>{@link #toJson()}: everything, including every metric's full distribution and the worst case.</li>
 * </ul>
 *
 * <p>All rows must share one energy table label and one FLOP convention, so that their columns compare;
 * names must be distinct. Immutable and thread-safe.
 */
public final class ComplexityReport {

    private final List<ComplexityRow> rows;

    /** A report of {@code rows}, in that order. */
    public ComplexityReport(List<ComplexityRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a complexity report needs at least one row");
        }
        this.rows = List.copyOf(rows);
        Set<String> names = new HashSet<>();
        ComplexityRow first = this.rows.getFirst();
        for (ComplexityRow row : this.rows) {
            if (!names.add(row.model())) {
                throw new IllegalArgumentException("two rows are named \"" + row.model() + "\"");
            }
            if (!row.cost().energyLabel().equals(first.cost().energyLabel())
                    || row.cost().flopConvention() != first.cost().flopConvention()) {
                throw new IllegalArgumentException("row \"" + row.model() + "\" was costed with energy table \""
                        + row.cost().energyLabel() + "\" and " + row.cost().flopConvention() + " but row \""
                        + first.model() + "\" with \"" + first.cost().energyLabel() + "\" and "
                        + first.cost().flopConvention() + "; summarise all models with the same table and convention");
            }
        }
    }

    /** A report of {@code rows}, in that order. */
    public static ComplexityReport of(ComplexityRow... rows) {
        return new ComplexityReport(List.of(rows));
    }

    public List<ComplexityRow> rows() {
        return rows;
    }

    /** The label of the energy table every row was priced with. */
    public String energyLabel() {
        return rows.getFirst().cost().energyLabel();
    }

    /** The FLOP convention every row was summarised with. */
    public FlopConvention flopConvention() {
        return rows.getFirst().cost().flopConvention();
    }

    /** The Markdown table, one line per row, ending with a newline. */
    public String toMarkdown() {
        return MarkdownRenderer.render(this);
    }

    /** The CSV text with a header line. */
    public String toCsv() {
        return CsvRenderer.render(this);
    }

    /** The JSON form; write it with {@code dev.copse.core.json.JsonWriter}. */
    public JsonObject toJson() {
        return JsonRenderer.render(this);
    }
}
