package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressEvent;
import java.util.Locale;

/**
 * The words and numbers that both displays print: percentages, rates and durations, always in
 * {@link Locale#ROOT} so that output does not depend on the user's locale.
 */
final class ProgressText {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private ProgressText() {
    }

    /** Whole percent done, rounded down so that 100 % means really finished; 100 for an empty task. */
    static int percent(ProgressEvent event) {
        if (event.total() == 0) {
            return 100;
        }
        return (int) Math.floor(100.0 * event.done() / event.total());
    }

    /** A rate such as {@code 0.25/s}, {@code 12.3/s} or {@code 4520/s}: about three significant digits. */
    static String rate(double perSecond) {
        String pattern = perSecond >= 100 ? "%.0f/s" : perSecond >= 10 ? "%.1f/s" : "%.2f/s";
        return String.format(Locale.ROOT, pattern, perSecond);
    }

    /** A duration as {@code m:ss}, or {@code h:mm:ss} from an hour on; whole seconds, rounded down. */
    static String duration(long nanos) {
        long seconds = nanos / NANOS_PER_SECOND;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /**
     * The statistics after the count, each preceded by a space: the rate once it is known, then the time
     * taken (finished task), the time so far (task of unknown size) or the time left (any other task, once
     * the rate is known; rounded up, since a task still running has not "0:00" left). May be empty.
     */
    static String timing(TaskState state) {
        double rate = state.ratePerSecond();
        ProgressEvent event = state.latest();
        StringBuilder timing = new StringBuilder();
        if (!Double.isNaN(rate)) {
            timing.append(' ').append(rate(rate));
        }
        if (event.isFinished()) {
            timing.append(" in ").append(duration(state.elapsedNanos()));
        } else if (event.total() < 0) {
            timing.append(" elapsed ").append(duration(state.elapsedNanos()));
        } else if (!Double.isNaN(rate)) {
            long remaining = state.remainingNanos();
            timing.append(" ETA ").append(duration(Math.ceilDiv(remaining, NANOS_PER_SECOND) * NANOS_PER_SECOND));
        }
        return timing.toString();
    }

    /** The event's detail after two spaces, or nothing when it has none. */
    static String detail(ProgressEvent event) {
        return event.detail().isEmpty() ? "" : "  " + event.detail();
    }
}
