package dev.copse.core.progress;

/**
 * Receives progress from long-running library work (training, fetching, evaluation). Library code never
 * prints; it reports here, and the caller (the CLI) decides how to show it.
 *
 * <p>Events arrive on the thread doing the work, so an implementation should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    void onProgress(ProgressEvent event);

    /** A listener that ignores everything. */
    static ProgressListener none() {
        return event -> { };
    }
}
