package dev.copse.cnn.layer;

import dev.copse.core.parallel.WorkerPool;

/**
 * How layers split work over the threads of {@link WorkerPool#shared()} while keeping results independent
 * of the thread count.
 *
 * <p>A batch is cut into {@link #chunks(int)} contiguous chunks of samples; the cut depends on the batch
 * size only, never on the number of threads, and anything summed over samples (weight gradients) is
 * summed within a chunk in sample order and then over chunks in chunk order. So one seed gives the same
 * bits with one thread or many.
 *
 * <p>Work below {@link #PARALLEL_MIN_WORK} multiply-adds runs on the calling thread: handing a task to
 * another thread costs tens of microseconds.
 *
 * <p>Stateless and thread-safe.
 */
public final class BatchParallel {

    /** Most chunks a batch is cut into: enough to balance two to eight busy threads. */
    public static final int MAX_CHUNKS = 8;
    /** Below this many multiply-adds in all, chunks run one after another on the calling thread. */
    public static final long PARALLEL_MIN_WORK = 1L << 18;

    private BatchParallel() {
    }

    /** The work of one chunk: samples {@code [from, to)}, chunk index {@code chunk}. */
    @FunctionalInterface
    public interface ChunkTask {
        void run(int chunk, int from, int to);
    }

    /** The number of chunks a batch of {@code batch >= 1} samples is cut into. */
    public static int chunks(int batch) {
        return Math.min(batch, MAX_CHUNKS);
    }

    /** The first sample of chunk {@code chunk} of {@code chunks} over {@code batch} samples. */
    public static int chunkStart(int chunk, int chunks, int batch) {
        return (int) ((long) batch * chunk / chunks);
    }

    /**
     * Runs {@code task} on every chunk of the batch, in parallel when {@code batch * workPerSample} reaches
     * {@link #PARALLEL_MIN_WORK}; returns when all are done. Tasks must write disjoint outputs.
     */
    public static void forEachChunk(int batch, long workPerSample, ChunkTask task) {
        int chunks = chunks(batch);
        if (chunks == 1 || batch * workPerSample < PARALLEL_MIN_WORK) {
            for (int c = 0; c < chunks; c++) {
                task.run(c, chunkStart(c, chunks, batch), chunkStart(c + 1, chunks, batch));
            }
            return;
        }
        WorkerPool.shared().forEach(chunks, c -> task.run(c, chunkStart(c, chunks, batch),
                chunkStart(c + 1, chunks, batch)));
    }

    /**
     * Runs {@code task} over {@code [0, count)} cut into up to {@link #MAX_CHUNKS} ranges (for element-wise
     * loops and per-channel work), in parallel when {@code count * workPerItem} is large enough.
     */
    public static void forEachRange(int count, long workPerItem, ChunkTask task) {
        if (count > 0) {
            forEachChunk(count, workPerItem, task);
        }
    }
}
