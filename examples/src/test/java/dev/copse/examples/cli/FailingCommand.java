package dev.copse.examples.cli;

import java.io.EOFException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Test-only subcommand that fails the way a real one would: with an exception carrying a user message. */
@Command(name = "fail", mixinStandardHelpOptions = true, description = "Fails on purpose (test only).")
final class FailingCommand implements Callable<Integer> {

    static final String MESSAGE = "model file /tmp/m.copse: header is truncated";

    @Option(names = "--error", description = "Throw an OutOfMemoryError instead of an exception.")
    private boolean error;

    @Override
    public Integer call() {
        if (error) {
            throw new OutOfMemoryError("Java heap space");
        }
        throw new IllegalStateException(MESSAGE, new EOFException("at byte 12"));
    }
}
