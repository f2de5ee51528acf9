package dev.copse.examples.cli;

import picocli.CommandLine;

/**
 * Entry point of the {@code copse} program (started by the {@code ./copse} launcher).
 *
 * <p>Exit codes: 0 on success, 2 for a usage error (unknown option, missing or malformed argument; the
 * error line, the synopsis and a pointer to {@code --help} go to standard error), 1 for any failure while
 * a command runs (one error line on standard error; the stack trace too with {@code --verbose}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(commandLine(new CopseCommand()), args));
    }

    /** The {@code copse} command line around {@code root}, with Copse's error reporting installed. */
    public static CommandLine commandLine(CopseCommand root) {
        return new CommandLine(root)
                .setExecutionExceptionHandler(new FailureHandler(root))
                .setParameterExceptionHandler(new UsageErrorHandler());
    }

    /**
     * Runs {@code args} on {@code commandLine} (built by {@link #commandLine}) and returns the exit code. Errors
     * such as {@link OutOfMemoryError}, which picocli lets through, are reported like any other failure. The
     * progress line in flight is ended before returning.
     *
     * @throws ClassCastException if {@code commandLine} was not built around a {@link CopseCommand}
     */
    public static int run(CommandLine commandLine, String... args) {
        CopseCommand root = commandLine.getCommand();
        try {
            return commandLine.execute(args);
        } catch (Error failure) {
            new FailureHandler(root).report(failure, commandLine.getErr());
            return commandLine.getCommandSpec().exitCodeOnExecutionException();
        } finally {
            root.closeProgress();
            // picocli's writers flush only on println; a command's last print must not be lost at exit.
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }
}
