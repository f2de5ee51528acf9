package dev.copse.examples.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Deciding from the environment how to show progress, and forcing the choice. */
class TerminalTest {

    @Test
    void interactiveNeedsAConsoleAndATermThatIsNotDumb() {
        assertTrue(Terminal.of(true, "xterm-256color", null, null).interactive());
        assertTrue(Terminal.of(true, null, null, null).interactive());
        assertFalse(Terminal.of(false, "xterm", null, null).interactive());
        assertFalse(Terminal.of(true, "dumb", null, null).interactive());
    }

    @Test
    void launcherSaysWhetherStandardErrorIsATerminal() {
        assertTrue(Terminal.of(true, "xterm", "true", null).interactive());
        assertFalse(Terminal.of(true, "xterm", "false", null).interactive());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Terminal.of(true, "xterm", "yes", null));
        assertEquals("system property copse.stderr.tty must be true or false, was 'yes'", e.getMessage());
    }

    @Test
    void widthComesFromColumns() {
        assertEquals(80, Terminal.of(true, "xterm", null, null).columns());
        assertEquals(132, Terminal.of(true, "xterm", null, " 132 ").columns());
        for (String bad : new String[] {"wide", "0", "-5", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Terminal.of(true, "xterm", null, bad));
            assertTrue(e.getMessage().startsWith("environment variable COLUMNS must be a positive whole number"),
                    e.getMessage());
        }
    }

    @Test
    void autoPicksTheBarOnlyOnAnInteractiveTerminal() {
        Terminal interactive = new Terminal(true, 80);
        Terminal log = new Terminal(false, 80);
        assertEquals(ProgressMode.BAR, ProgressMode.AUTO.resolve(interactive));
        assertEquals(ProgressMode.LINES, ProgressMode.AUTO.resolve(log));
        assertEquals(ProgressMode.BAR, ProgressMode.BAR.resolve(log));
        assertEquals(ProgressMode.LINES, ProgressMode.LINES.resolve(interactive));
        assertEquals(ProgressMode.NONE, ProgressMode.NONE.resolve(interactive));
    }

    @Test
    void modesAreSpelledInLowerCaseAndParsedIgnoringCase() {
        assertEquals("lines", ProgressMode.LINES.toString());
        assertEquals(ProgressMode.BAR, ProgressMode.parse("Bar"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProgressMode.parse("fancy"));
        assertEquals("expected one of auto, bar, lines, none but was 'fancy'", e.getMessage());
    }

    @Test
    void openedDisplayRendersAsTheResolvedMode() {
        ProgressEvent event = new ProgressEvent("t", 0, 4, "");
        assertEquals("\rt [--------------------]   0% 0/4", render(ProgressMode.BAR, new Terminal(false, 80), event));
        assertEquals("t: 0/4 (0%)" + System.lineSeparator(),
                render(ProgressMode.AUTO, new Terminal(false, 80), event));
        assertEquals("\rt [--------------------]   0% 0/4", render(ProgressMode.AUTO, new Terminal(true, 80), event));
        assertEquals("", render(ProgressMode.NONE, new Terminal(true, 80), event));
    }

    private static String render(ProgressMode mode, Terminal terminal, ProgressEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay display = ProgressDisplay.open(mode, terminal,
                new PrintStream(bytes, true, StandardCharsets.UTF_8), new FakeClock());
        display.onProgress(event);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
