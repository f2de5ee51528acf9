package dev.copse.examples.cli.progress;

import dev.copse.core.progress.ProgressEvent;

/**
 * The progress of one task as a display sees it: when it started, how far it had got then, and its latest
 * event, from which the rate and the time left follow.
 *
 * <p>The rate is the average since the task's first event, {@code (done - doneAtStart) / elapsed}: steadier
 * than a rate over the last few events, and exact for the work whose speed does not change much (epochs,
 * downloads). Not thread-safe: a display owns it and serialises access.
 */
final class TaskState {

    private static final double NANOS_PER_SECOND = 1e9;

    private final long startNanos;
    private final long doneAtStart;
    private ProgressEvent latest;
    private long latestNanos;

    /** A task whose first event {@code first} arrived at {@code nowNanos}. */
    TaskState(ProgressEvent first, long nowNanos) {
        this.startNanos = nowNanos;
        this.doneAtStart = first.done();
        this.latest = first;
        this.latestNanos = nowNanos;
    }

    /** Records {@code event}, which arrived at {@code nowNanos}. */
    void update(ProgressEvent event, long nowNanos) {
        latest = event;
        latestNanos = nowNanos;
    }

    ProgressEvent latest() {
        return latest;
    }

    boolean isTask(String task) {
        return latest.task().equals(task);
    }

    /** Nanoseconds from the first to the latest event. */
    long elapsedNanos() {
        return latestNanos - startNanos;
    }

    /** Units per second since the first event, or {@code NaN} while no time has passed or no unit was done. */
    double ratePerSecond() {
        long units = latest.done() - doneAtStart;
        long elapsed = elapsedNanos();
        if (units <= 0 || elapsed <= 0) {
            return Double.NaN;
        }
        return units * NANOS_PER_SECOND / elapsed;
    }

    /** Estimated nanoseconds until the total is reached at the current rate, or -1 when that is unknown. */
    long remainingNanos() {
        double rate = ratePerSecond();
        if (latest.total() < 0 || Double.isNaN(rate)) {
            return -1;
        }
        return Math.round((latest.total() - latest.done()) / rate * NANOS_PER_SECOND);
    }
}
