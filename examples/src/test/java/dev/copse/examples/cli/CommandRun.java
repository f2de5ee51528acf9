package dev.copse.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * One run of the real {@code copse} command line inside the test JVM, for the command tests: its exit code,
 * standard output and standard error (progress output is discarded).
 */
public record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code copse args...} as {@link Main} would. */
    public static CommandRun run(String... args) {
        CommandLine commandLine = Main.commandLine(new CopseCommand(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = Main.run(commandLine, args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
