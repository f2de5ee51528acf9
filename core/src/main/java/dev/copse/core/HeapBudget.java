package dev.copse.core;

/**
 * Checks, before a large allocation, that the Java heap can hold it, so that a dataset or model too big for
 * the heap fails at once with a message saying how much it needs and which {@code -Xmx} to run with, instead
 * of an {@link OutOfMemoryError} deep inside loading or training.
 *
 * <p>The check counts memory that is in use now, after one garbage collection if the first look finds too
 * little room, so it does not refuse work that only garbage stands in the way of. It is an estimate: it
 * cannot see allocations other threads make at the same moment.
 *
 * <p>Thread-safe (stateless).
 */
public final class HeapBudget {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    private HeapBudget() {
    }

    /**
     * Throws unless about {@code bytes} more can be allocated on the heap.
     *
     * @param what what the memory is for, for the message, e.g. {@code "a dataset of 60000 x 784 floats"}
     * @throws HeapTooSmallException if the heap cannot hold it
     */
    public static void require(long bytes, String what) {
        if (bytes <= free()) {
            return;
        }
        System.gc();
        long free = free();
        if (bytes > free) {
            Runtime runtime = Runtime.getRuntime();
            long used = runtime.totalMemory() - runtime.freeMemory();
            throw new HeapTooSmallException(what + " needs about " + mib(bytes) + " of heap, but only "
                    + mib(free) + " of the " + mib(runtime.maxMemory()) + " maximum is free; run Java with -Xmx"
                    + suggestedGib(used + bytes) + "g or more (for the copse launcher: COPSE_JAVA_OPTS=\"-Xmx"
                    + suggestedGib(used + bytes) + "g\")");
        }
    }

    /** Heap that can still be allocated: the maximum minus what is in use now. */
    private static long free() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** Half as much again as the need, rounded up to whole GiB: room for the work around the allocation. */
    private static long suggestedGib(long need) {
        return Math.max(1, (need + need / 2 + GIB - 1) / GIB);
    }

    private static String mib(long bytes) {
        return (bytes + MIB - 1) / MIB + " MiB";
    }

    /** The heap is too small for what was asked; the message names the need and the {@code -Xmx} to use. */
    public static final class HeapTooSmallException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        HeapTooSmallException(String message) {
            super(message);
        }
    }
}
