package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressEvent;
import java.util.Locale;

/**
 * The words and numbers that both displays print: percentages, rates and durations, always in
 * {@link Locale#ROOT} so that output does not depend on the user's locale.
 */
final class ProgressText {

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
        long seconds = nanos / 1_000_000_000L;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        if (hours > 0) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs);
        }
        return String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /**
     * The statistics after the count: rate, then the time left (unfinished task of known size), the time
     * taken (finished task) or the time so far (task of unknown size). Empty until a rate is known, then
     * starting with a space.
     */
    static String timing(TaskState state) {
        double rate = state.ratePerSecond();
        ProgressEvent event = state.latest();
        if (Double.isNaN(rate)) {
            return event.isFinished() ? " in " + duration(state.elapsedNanos()) : "";
        }
        String timing;
        if (event.isFinished()) {
            timing = "in " + duration(state.elapsedNanos());
        } else if (event.total() < 0) {
            timing = "elapsed " + duration(state.elapsedNanos());
        } else {
            timing = "ETA " + duration(state.remainingNanos());
        }
        return " " + rate(rate) + " " + timing;
    }

    /** The event's detail after two spaces, or nothing when it has none. */
    static String detail(ProgressEvent event) {
        return event.detail().isEmpty() ? "" : "  " + event.detail();
    }
}
