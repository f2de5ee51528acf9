package dev.copse.forest.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a loop over {@code [0, n)} on a fixed number of workers, worker k taking the contiguous range
 * {@code [k n / W, (k+1) n / W)}; the calling thread works as worker 0. Callers keep results deterministic
 * by writing only to their own range (or to per-worker scratch indexed by the worker number), never by
 * racing on shared sums. Not thread-safe: one training run owns one instance and closes it.
 */
final class ParallelRanges implements AutoCloseable {

    /** Body of a parallel loop over {@code [from, to)} run by worker number {@code worker}. */
    @FunctionalInterface
    interface RangeTask {
        void run(int worker, int from, int to);
    }

    private final int workers;
    private final ExecutorService pool;
    private final List<Future<?>> pending = new ArrayList<>();

    ParallelRanges(int workers) {
        this.workers = workers;
        this.pool = workers > 1 ? Executors.newFixedThreadPool(workers - 1, runnable -> {
            Thread thread = new Thread(runnable, "copse-forest-worker");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    int workers() {
        return workers;
    }

    void run(int n, RangeTask task) {
        if (workers == 1 || n < 2) {
            task.run(0, 0, n);
            return;
        }
        pending.clear();
        for (int k = 1; k < workers; k++) {
            int from = (int) ((long) k * n / workers);
            int to = (int) ((long) (k + 1) * n / workers);
            int worker = k;
            pending.add(pool.submit(() -> task.run(worker, from, to)));
        }
        task.run(0, 0, (int) ((long) n / workers));
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("training interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /**
     * {@code dst[dstOffset + c] = sum_r src[r * ld + c]} for {@code c < cols}, rows summed in increasing order whatever
     * the number of workers (columns are split among workers), so the result is bit-identical for any W.
     */
    void columnSums(float[] src, int rows, int cols, int ld, float[] dst, int dstOffset) {
        run(cols, (worker, from, to) -> {
            java.util.Arrays.fill(dst, dstOffset + from, dstOffset + to, 0f);
            for (int r = 0; r < rows; r++) {
                int base = r * ld;
                for (int c = from; c < to; c++) {
                    dst[dstOffset + c] += src[base + c];
                }
            }
        });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
