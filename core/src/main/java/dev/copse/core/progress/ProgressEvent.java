package dev.copse.core.progress;

/**
 * One report of progress on a named task.
 *
 * @param task   short name of the work, e.g. {@code "epoch 3/10"} or {@code "fetch mnist"}
 * @param done   units finished so far, {@code 0 <= done}
 * @param total  units in all, or {@code -1} when unknown
 * @param detail free text for the user, e.g. {@code "loss 0.312"}; empty when there is none
 */
public record ProgressEvent(String task, long done, long total, String detail) {

    public ProgressEvent {
        if (task == null || task.isBlank()) {
            throw new IllegalArgumentException("progress task name must not be empty");
        }
        if (done < 0 || total < -1 || (total >= 0 && done > total)) {
            throw new IllegalArgumentException("progress out of range: done=" + done + ", total=" + total);
        }
        detail = detail == null ? "" : detail;
    }

    /** True when the total is known and reached. */
    public boolean isFinished() {
        return total >= 0 && done == total;
    }
}
