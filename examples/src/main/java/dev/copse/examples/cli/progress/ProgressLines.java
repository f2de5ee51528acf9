package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressEvent;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for logs, pipes and CI:
 * <pre>
 * epoch 3/10: 0/100 (0%)
 * epoch 3/10: 10/100 (10%) 12.1/s ETA 0:07  loss 0.512
 * ...
 * epoch 3/10: 100/100 (100%) 12.4/s in 0:08  loss 0.297
 * </pre>
 * A task gets a line for its first event, then whenever it has passed another tenth of its total or
 * {@value #HEARTBEAT_SECONDS} s have gone by since its last line, and always for its final state: the
 * event that finishes it, or its latest event when another task starts or on {@link #finish()}. A task of
 * unknown size ({@code total == -1}) gets only the time-based lines and the final one.
 *
 * <p>Thread-safe (all methods synchronise on the display).
 */
final class ProgressLines implements ProgressDisplay {

    static final long HEARTBEAT_SECONDS = 5;
    static final int STEPS = 10;
    private static final long HEARTBEAT_NANOS = HEARTBEAT_SECONDS * 1_000_000_000L;

    private final PrintStream out;
    private final LongSupplier nanoClock;

    private TaskState current;
    private boolean latestPrinted;
    private long lastPrintNanos;
    private long lastPrintedStep;

    ProgressLines(PrintStream out, LongSupplier nanoClock) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    @Override
    public synchronized void onProgress(ProgressEvent event) {
        long now = nanoClock.getAsLong();
        if (current != null && !current.isTask(event.task())) {
            finish();
        }
        if (current == null) {
            current = new TaskState(event, now);
            print(now);
        } else {
            current.update(event, now);
            latestPrinted = false;
            if (event.isFinished() || step(event) > lastPrintedStep || now - lastPrintNanos >= HEARTBEAT_NANOS) {
                print(now);
            }
        }
        if (event.isFinished()) {
            current = null;
        }
    }

    @Override
    public synchronized void finish() {
        if (current != null && !latestPrinted) {
            print(nanoClock.getAsLong());
        }
        current = null;
    }

    /** Which tenth of the total {@code event} has reached; -1 for a task of unknown size. */
    private static long step(ProgressEvent event) {
        if (event.total() <= 0) {
            return -1;
        }
        return event.done() * STEPS / event.total();
    }

    private void print(long now) {
        ProgressEvent event = current.latest();
        StringBuilder line = new StringBuilder(event.task()).append(": ").append(event.done());
        if (event.total() >= 0) {
            line.append('/').append(event.total()).append(" (").append(ProgressText.percent(event)).append("%)");
        }
        line.append(ProgressText.timing(current)).append(ProgressText.detail(event));
        out.println(line);
        out.flush();
        lastPrintNanos = now;
        lastPrintedStep = step(event);
        latestPrinted = true;
    }
}
