package dev.copse.core.kernel;

/**
 * Writes finished GEMM tiles to {@code C} one tile late: a micro-kernel fills {@link #fresh()}, the caller
 * hands it over with {@link #finish}, and the tile handed over before it is written back then (by
 * {@link VectorTiles#writeBack}); {@link #flush()} writes the last one.
 *
 * <p>Why late: a kernel ends by storing its accumulators into the tile, and reading them back straight
 * away was slow (in a single-thread profile of 256x784 * 784x945 the write-back's first load drew about
 * 5 % of the samples); one kernel call later those stores are long complete. Tiles are written in the
 * order they were finished, so the result is the same as writing each at once.
 *
 * <p>Not thread-safe: one per thread.
 */
final class DeferredTileWriter {

    private float[] fresh;
    private float[] waiting;
    private boolean pending;
    private float[] c;
    private int cIndex;
    private int ldc;
    private int rows;
    private int cols;
    private int width;
    private float alpha;
    private float beta;

    /** Two buffers of {@code tileSize} floats. */
    DeferredTileWriter(int tileSize) {
        fresh = new float[tileSize];
        waiting = new float[tileSize];
    }

    /** The buffer the next kernel call fills (row {@code r} of the tile at {@code r * width}). */
    float[] fresh() {
        return fresh;
    }

    /**
     * Hands over the tile in {@link #fresh()}: its first {@code rows x cols} go to {@code C} at
     * {@code cIndex} (row stride {@code ldc}) as {@code alpha * tile + beta * C}. Writes back the tile
     * handed over before, if any.
     */
    void finish(float[] c, int cIndex, int ldc, int rows, int cols, int width, float alpha, float beta) {
        flush();
        float[] done = fresh;
        fresh = waiting;
        waiting = done;
        pending = true;
        this.c = c;
        this.cIndex = cIndex;
        this.ldc = ldc;
        this.rows = rows;
        this.cols = cols;
        this.width = width;
        this.alpha = alpha;
        this.beta = beta;
    }

    /** Writes back the tile handed over last, if it has not been written yet; drops the reference to C. */
    void flush() {
        if (pending) {
            VectorTiles.writeBack(waiting, width, c, cIndex, ldc, rows, cols, alpha, beta);
            pending = false;
            c = null;
        }
    }
}
