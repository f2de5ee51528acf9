package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressEvent;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress as one line per task, redrawn in place with a carriage return:
 * <pre>
 * epoch 3/10 [#########-----------]  45% 45/100 12.3/s ETA 0:05  loss 0.312
 * fetch mnist | 1834 96.5/s elapsed 0:19
 * </pre>
 * A task of unknown size ({@code total == -1}) shows a spinner and a count instead of the bar. Redraws are
 * throttled to at most one per {@value #MIN_REDRAW_MILLIS} ms; the first event of a task and its last one
 * are always drawn. The line ends with a newline when its task finishes, when another task starts, or on
 * {@link #finish()}. Lines are cut to one character less than the terminal width, since a line that wraps
 * cannot be redrawn in place.
 *
 * <p>Thread-safe (all methods synchronise on the display).
 */
final class ProgressBar implements ProgressDisplay {

    static final long MIN_REDRAW_MILLIS = 100;
    static final int BAR_WIDTH = 20;
    private static final long MIN_REDRAW_NANOS = MIN_REDRAW_MILLIS * 1_000_000L;
    private static final String SPINNER = "|/-\\";

    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final int maxLineLength;

    private TaskState current;
    private boolean latestDrawn;
    private long lastDrawNanos;
    private int lastLength;
    private int spinnerFrame;

    ProgressBar(PrintStream out, LongSupplier nanoClock, int columns) {
        this.out = Objects.requireNonNull(out, "out");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (columns < 2) {
            throw new IllegalArgumentException("terminal width must be at least 2 columns, was " + columns);
        }
        this.maxLineLength = columns - 1;
    }

    @Override
    public synchronized void onProgress(ProgressEvent event) {
        long now = nanoClock.getAsLong();
        if (current != null && !current.isTask(event.task())) {
            endLine();
        }
        if (current == null) {
            current = new TaskState(event, now);
            draw(now);
        } else {
            current.update(event, now);
            latestDrawn = false;
            if (event.isFinished() || now - lastDrawNanos >= MIN_REDRAW_NANOS) {
                draw(now);
            }
        }
        if (event.isFinished()) {
            endLine();
        }
    }

    @Override
    public synchronized void finish() {
        if (current != null) {
            endLine();
        }
    }

    private void endLine() {
        if (!latestDrawn) {
            draw(nanoClock.getAsLong());
        }
        out.println();
        out.flush();
        current = null;
        lastLength = 0;
    }

    private void draw(long now) {
        String line = render();
        if (line.length() > maxLineLength) {
            line = line.substring(0, maxLineLength);
        }
        out.print('\r');
        out.print(line);
        // Blank out what is left of a longer previous drawing.
        out.print(" ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
        lastDrawNanos = now;
        latestDrawn = true;
    }

    private String render() {
        ProgressEvent event = current.latest();
        StringBuilder line = new StringBuilder(event.task()).append(' ');
        if (event.total() < 0) {
            line.append(SPINNER.charAt(spinnerFrame)).append(' ').append(event.done());
            spinnerFrame = (spinnerFrame + 1) % SPINNER.length();
        } else {
            int percent = ProgressText.percent(event);
            int filled = percent * BAR_WIDTH / 100;
            line.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", percent))
                    .append(event.done()).append('/').append(event.total());
        }
        return line.append(ProgressText.timing(current)).append(ProgressText.detail(event)).toString();
    }
}
