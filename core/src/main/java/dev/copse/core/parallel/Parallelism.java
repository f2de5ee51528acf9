package dev.copse.core.parallel;

/**
 * The thread-count policy of Copse's numeric code, read once when this class is first used.
 *
 * <p>System property {@value #THREADS_PROPERTY}: a positive integer, the number of threads that
 * multi-threaded kernels (the fast GEMM) may use, counting the calling thread. Default: the number of
 * available processors. Set it to {@code 1} to keep every kernel on the calling thread, for example when
 * the caller already runs one task per core.
 *
 * <p>Thread-safety: immutable after class initialisation.
 */
public final class Parallelism {

    /** Name of the system property that sets the thread count. */
    public static final String THREADS_PROPERTY = "copse.threads";

    private static final int THREADS =
            parseThreads(System.getProperty(THREADS_PROPERTY), Runtime.getRuntime().availableProcessors());

    private Parallelism() {
    }

    /** The number of threads kernels may use, {@code >= 1}. */
    public static int threads() {
        return THREADS;
    }

    /**
     * Parses a thread-count setting.
     *
     * @param value      the property value, or {@code null} when it is not set
     * @param processors the default used when {@code value} is {@code null} or blank
     * @return the thread count, {@code >= 1}
     * @throws IllegalArgumentException when {@code value} is not a positive integer
     */
    static int parseThreads(String value, int processors) {
        if (value == null || value.isBlank()) {
            return Math.max(1, processors);
        }
        int threads;
        try {
            threads = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "system property " + THREADS_PROPERTY + " must be a positive integer, got '" + value + "'", e);
        }
        if (threads < 1) {
            throw new IllegalArgumentException(
                    "system property " + THREADS_PROPERTY + " must be a positive integer, got " + threads);
        }
        return threads;
    }
}
