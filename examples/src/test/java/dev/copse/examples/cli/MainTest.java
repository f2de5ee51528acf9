package dev.copse.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.LibraryVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code copse} command line end to end: help, version, exit codes and error output. */
class MainTest {

    /** What one run of the command line left behind. */
    private record Run(int exitCode, String out, String err, String progress) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs {@code args} on the real command line plus the test-only subcommands. */
    private static Run run(String... args) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        CommandLine commandLine = Main.commandLine(
                new CopseCommand(new PrintStream(progress, true, StandardCharsets.UTF_8)));
        commandLine.addSubcommand(new FailingCommand());
        commandLine.addSubcommand(new CountingCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Set after adding the subcommands: picocli passes the writers on only to those present.
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = Main.run(commandLine, args);
        return new Run(exitCode, out.toString(), err.toString(), progress.toString(StandardCharsets.UTF_8));
    }

    @Test
    void versionIsTheMavenProjectVersion() {
        String expected = System.getProperty("copse.expected.version");
        assertNotNull(expected, "surefire passes copse.expected.version from the POM");

        Run run = run("--version");

        assertEquals(0, run.exitCode());
        assertEquals("copse " + expected, run.out().lines().findFirst().orElseThrow());
        assertTrue(run.out().contains("Java " + Runtime.version()), run.out());
        assertEquals(expected, LibraryVersion.current());
    }

    @Test
    void helpListsTheRegisteredSubcommandsAndTheSharedOptions() {
        Run run = run("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: copse"), run.out());
        assertTrue(run.out().contains("Commands:"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  fail +Fails on purpose \\(test only\\)\\..*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  count +Counts to three \\(test only\\)\\..*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  datasets +Fetch the public image datasets.*"), run.out());
        for (String option : List.of("--help", "--version", "--verbose", "--progress=<mode>", "auto, bar,")) {
            assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
        }
        assertEquals("", run.err());
    }

    @Test
    void everyRealSubcommandHasTheStandardHelpOptions() {
        Map<String, CommandLine> subcommands = Main.commandLine(new CopseCommand()).getSubcommands();
        subcommands.forEach((name, sub) -> assertTrue(sub.getCommandSpec().mixinStandardHelpOptions(),
                "subcommand " + name + " lacks mixinStandardHelpOptions = true"));
    }

    @Test
    void failureIsOneLineAndExitCodeOneWithoutStackTrace() {
        Run run = run("fail");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("copse: error: " + FailingCommand.MESSAGE), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void verboseAddsTheStackTraceWhereverItStands() {
        for (String[] args : List.of(new String[] {"--verbose", "fail"}, new String[] {"fail", "--verbose"})) {
            Run run = run(args);

            assertEquals(1, run.exitCode());
            List<String> lines = run.errLines();
            assertEquals("copse: error: " + FailingCommand.MESSAGE, lines.get(0));
            assertTrue(lines.get(1).startsWith("java.lang.IllegalStateException: " + FailingCommand.MESSAGE),
                    run.err());
            assertTrue(run.err().contains("at dev.copse.examples.cli.FailingCommand.call"), run.err());
            assertTrue(run.err().contains("Caused by: java.io.EOFException: at byte 12"), run.err());
        }
    }

    @Test
    void jvmErrorsAreReportedLikeExceptions() {
        Run run = run("fail", "--error");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("copse: error: OutOfMemoryError: Java heap space; give Java more memory with"
                + " COPSE_JAVA_OPTS, e.g. -Xmx8g"), run.errLines());
    }

    @Test
    void unknownOptionIsAUsageErrorWithAShortHint() {
        Run run = run("fail", "--frobnicate");

        assertEquals(2, run.exitCode());
        assertEquals(List.of(
                "copse: error: Unknown option: '--frobnicate'",
                "Usage: copse fail [-hV] [--error] [--verbose] [--progress=<mode>]",
                "Try 'copse fail --help' for more information."), run.errLines());
    }

    @Test
    void mistypedSubcommandGetsASuggestion() {
        Run run = run("cuont");

        assertEquals(2, run.exitCode());
        assertTrue(run.errLines().get(0).startsWith("copse: error: Unmatched argument at index 0: 'cuont'"),
                run.err());
        assertTrue(run.err().contains("count"), run.err());
        assertTrue(run.err().endsWith("Try 'copse --help' for more information." + System.lineSeparator()),
                run.err());
    }

    @Test
    void noSubcommandIsAUsageErrorNamingTheCommands() {
        Run run = run();

        assertEquals(2, run.exitCode());
        String first = run.errLines().get(0);
        assertTrue(first.startsWith("copse: error: no command given; the commands are: datasets, "), first);
        assertTrue(first.endsWith(", fail, count"), first);
    }

    @Test
    void wrongProgressModeNamesTheValidOnes() {
        Run run = run("--progress=fancy", "count");

        assertEquals(2, run.exitCode());
        assertEquals("copse: error: Invalid value for option '--progress': expected one of auto, bar, lines, none"
                + " but was 'fancy'", run.errLines().get(0));
    }

    @Test
    void progressModeReachesSubcommandsFromEitherSide() {
        for (String[] args : List.of(new String[] {"--progress=lines", "count"},
                                     new String[] {"count", "--progress", "LINES"})) {
            Run run = run(args);

            assertEquals(0, run.exitCode(), run.err());
            assertEquals("counted to 3" + System.lineSeparator(), run.out());
            List<String> lines = run.progress().lines().toList();
            assertEquals("count: 0/3 (0%)", lines.get(0));
            assertTrue(lines.get(lines.size() - 1).startsWith("count: 3/3 (100%)"), run.progress());
        }
        assertEquals("", run("--progress=none", "count").progress());
    }

    @Test
    void openProgressLineIsEndedBeforeTheErrorLine() {
        Run run = run("--progress=bar", "count", "--fail-at", "2");

        assertEquals(1, run.exitCode());
        assertEquals(List.of("copse: error: gave up at 2"), run.errLines());
        assertTrue(run.progress().startsWith("\rcount [------"), run.progress());
        assertTrue(run.progress().endsWith(System.lineSeparator()), "bar line ended: " + run.progress());
        assertFalse(run.progress().contains("3/3"), run.progress());
    }
}
