package dev.copse.examples.cli;

import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Test-only subcommand built as the package documentation says a real one is: it reports to the shared
 * progress listener, prints its result to the command line's output, and may fail halfway.
 */
@Command(name = "count", mixinStandardHelpOptions = true, description = "Counts to three (test only).")
final class CountingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--fail-at", description = "Throw after this many steps.")
    private int failAt = -1;

    @Override
    public Integer call() {
        ProgressListener progress = CopseCommand.of(spec).progress();
        for (int done = 0; done <= 3; done++) {
            if (done == failAt) {
                throw new IllegalArgumentException("gave up at " + done);
            }
            progress.onProgress(new ProgressEvent("count", done, 3, ""));
        }
        spec.commandLine().getOut().println("counted to 3");
        return 0;
    }
}
