package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressListener;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A {@link ProgressListener} that shows progress to a person, plus {@link #finish()} to end the output of
 * the task in flight (before an error message, or when the program ends).
 *
 * <p>Implementations are thread-safe: events from several worker threads are serialised, and each event
 * costs at most one short string and one write, most of them nothing at all (output is throttled).
 */
public interface ProgressDisplay extends ProgressListener {

    /**
     * Ends the line of the task in flight, showing its latest state first if that was held back by the
     * throttle. Idempotent; the display stays usable, and a later event starts a new line.
     */
    default void finish() {
    }

    /**
     * The display for {@code mode} in {@code terminal}.
     *
     * @param out       where to write, usually {@code System.err}
     * @param nanoClock monotonic time in nanoseconds, usually {@code System::nanoTime}
     */
    static ProgressDisplay open(ProgressMode mode, Terminal terminal, PrintStream out, LongSupplier nanoClock) {
        return switch (mode.resolve(terminal)) {
            case BAR -> new ProgressBar(out, nanoClock, terminal.columns());
            case LINES -> new ProgressLines(out, nanoClock);
            case NONE -> event -> { };
            case AUTO -> throw new IllegalStateException("progress mode auto was not resolved");
        };
    }
}
