package dev.copse.benchmarks.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table built row by row. Cells are escaped ({@code |} becomes {@code \|},
 * line breaks become spaces) so any text is safe in a cell. Mutable, not thread-safe.
 */
public final class MarkdownTable {

    /** Horizontal alignment of a column. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headers;
    private final List<Align> alignments;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with the given headers, every column left-aligned unless set by {@link #align}. */
    public MarkdownTable(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.headers = List.of(headers);
        this.alignments = new ArrayList<>(Collections.nCopies(headers.length, Align.LEFT));
    }

    /** Sets the alignment of the column at {@code index} (0-based); returns this table. */
    public MarkdownTable align(int index, Align align) {
        alignments.set(index, align);
        return this;
    }

    /** Appends a row; throws unless it has exactly one cell per column. */
    public MarkdownTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size()
                    + " columns: " + String.join(" | ", cells));
        }
        rows.add(List.of(cells));
        return this;
    }

    /** The table as Markdown, one line per row, ending in a newline. */
    public String render() {
        StringBuilder out = new StringBuilder();
        line(out, headers);
        List<String> rule = new ArrayList<>();
        for (Align align : alignments) {
            rule.add(align == Align.RIGHT ? "---:" : "---");
        }
        line(out, rule);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    static String escape(String cell) {
        return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
