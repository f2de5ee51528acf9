package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void rendersHeaderRuleAndRowsWithAlignment() {
        String table = new MarkdownTable("Case", "ms")
                .align(1, MarkdownTable.Align.RIGHT)
                .row("square", "1.25")
                .row("conv", "0.5")
                .render();
        assertEquals("""
                | Case | ms |
                | --- | ---: |
                | square | 1.25 |
                | conv | 0.5 |
                """, table);
    }

    @Test
    void escapesPipesBackslashesAndLineBreaks() {
        String table = new MarkdownTable("x").row("a|b\\c\nd").render();
        assertEquals("| x |\n| --- |\n| a\\|b\\\\c d |\n", table);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        MarkdownTable table = new MarkdownTable("a", "b");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.row("only one"));
        assertEquals("row has 1 cells, table has 2 columns: only one", e.getMessage());
        assertThrows(IllegalArgumentException.class, MarkdownTable::new);
    }
}
