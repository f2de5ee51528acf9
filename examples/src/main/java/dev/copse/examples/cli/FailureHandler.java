package dev.copse.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure while a command runs into one line on standard error, {@code copse: error: <message>},
 * and exit code 1 ({@code exitCodeOnExecutionException}). The full stack trace follows only when the
 * user asked for it with {@code --verbose}. Any open progress line is ended first so that the error starts
 * on a line of its own.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private final CopseCommand root;

    FailureHandler(CopseCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        report(failure, commandLine.getErr());
        return commandLine.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Prints the error line (and with {@code --verbose} the stack trace) for {@code failure} to {@code err}. */
    void report(Throwable failure, PrintWriter err) {
        root.closeProgress();
        err.println(ErrorLine.of(failure));
        if (root.verbose()) {
            failure.printStackTrace(err);
        }
        err.flush();
    }
}
