package dev.copse.benchmarks.runner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs one child process to completion: standard output is captured and returned, standard error goes to
 * the runner's own (so warnings and failures show where the user is looking). Stateless and thread-safe.
 */
final class Subprocess {

    private Subprocess() {
    }

    /**
     * Runs {@code builder} and returns its standard output. Throws {@link IllegalStateException} naming
     * {@code what} and the command when it exits with a non-zero status.
     */
    static String run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        process.getOutputStream().close();
        String output;
        try (InputStream stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = process.waitFor();
        if (status != 0) {
            throw new IllegalStateException(what + " failed with exit status " + status
                    + " (its error output is above); command: " + String.join(" ", builder.command()));
        }
        return output;
    }

    /** Runs {@code command} with inherited input and output, for installers; throws on a non-zero status. */
    static void runVisibly(List<String> command, String what) throws IOException, InterruptedException {
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException(what + " failed with exit status " + status + ": "
                    + String.join(" ", command));
        }
    }
}
