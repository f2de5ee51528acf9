package dev.copse.forest.train;

import dev.copse.core.parallel.Parallelism;
import dev.copse.core.parallel.WorkerPool;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a loop over {@code [0, n)} as W tasks on a core {@link WorkerPool}, task k taking the contiguous range
 * {@code [k n / W, (k+1) n / W)} whichever thread runs it. Callers keep results deterministic by writing only
 * to their own range (or to per-task scratch indexed by the task number, passed as {@code worker}), never
 * by racing on shared sums. W equal to {@link Parallelism#threads()} runs on {@link WorkerPool#shared()};
 * any other W on one pool per W kept for the life of the JVM (the pools' threads are idle daemons), so
 * nothing needs closing. Not thread-safe: one training run owns one instance.
 */
final class ParallelRanges {

    private static final Map<Integer, WorkerPool> POOLS = new ConcurrentHashMap<>();

    /** Body of a parallel loop over {@code [from, to)} run as task number {@code worker}. */
    @FunctionalInterface
    interface RangeTask {
        void run(int worker, int from, int to);
    }

    private final int workers;
    private final WorkerPool pool;

    ParallelRanges(int workers) {
        this.workers = workers;
        this.pool = workers == Parallelism.threads() ? WorkerPool.shared()
                : POOLS.computeIfAbsent(workers, w -> new WorkerPool(w, "copse-forest-" + w));
    }

    int workers() {
        return workers;
    }

    void run(int n, RangeTask task) {
        if (workers == 1 || n < 2) {
            task.run(0, 0, n);
            return;
        }
        pool.forEach(workers, k -> task.run(k, (int) ((long) k * n / workers),
                (int) ((long) (k + 1) * n / workers)));
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
}
