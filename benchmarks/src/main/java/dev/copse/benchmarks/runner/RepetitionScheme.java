package dev.copse.benchmarks.runner;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * How every implementation, Copse's or a peer's, is timed, so that their numbers compare:
 * <ol>
 *   <li>{@code warmups} warm-up rounds, discarded (JIT compilation, page faults, BLAS thread start-up); a
 *       round repeats the call until it has lasted at least {@code minSampleMillis} (at least one call);</li>
 *   <li>the last round's mean call time fixes how many calls one sample makes,
 *       {@code ceil(minSample / meanCall)} and at least one, so that short calls are timed in batches well
 *       above the clock's resolution;</li>
 *   <li>{@code repeats} samples, each reporting its mean seconds per call.</li>
 * </ol>
 * Warm-up rounds thus behave like JMH's time-based warm-up iterations. The Python peers implement exactly
 * these steps (see {@code benchmarks/peers/}).
 *
 * @param warmups          discarded warm-up rounds, at least 1 (the last one calibrates the batch)
 * @param repeats          timed samples, at least 1
 * @param minSampleMillis  shortest duration of a warm-up round and of a sample, at least 0
 */
public record RepetitionScheme(int warmups, int repeats, long minSampleMillis) {

    /** Defaults for a measurement run: 3 warm-ups, 10 samples of at least 200 ms. */
    public static final RepetitionScheme DEFAULT = new RepetitionScheme(3, 10, 200);

    public RepetitionScheme {
        if (warmups < 1) {
            throw new IllegalArgumentException("warmups must be at least 1 (the last warm-up sizes the samples), got "
                    + warmups);
        }
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        if (minSampleMillis < 0) {
            throw new IllegalArgumentException("minSampleMillis must be at least 0, got " + minSampleMillis);
        }
    }

    /**
     * Times {@code call} by this scheme and returns the mean seconds per call of each sample. Runs on the
     * calling thread; the cost is about {@code (warmups + repeats) x minSampleMillis}, and at least
     * {@code warmups + repeats} calls.
     */
    public double[] measure(Runnable call) {
        return measure(call, System::nanoTime);
    }

    /** {@link #measure(Runnable)} on the given nanosecond clock. */
    double[] measure(Runnable call, LongSupplier clock) {
        long minSampleNanos = minSampleMillis * 1_000_000L;
        long meanCallNanos = 0;
        for (int i = 0; i < warmups; i++) {
            long calls = 0;
            long start = clock.getAsLong();
            long elapsed;
            do {
                call.run();
                calls++;
                elapsed = clock.getAsLong() - start;
            } while (elapsed < minSampleNanos);
            meanCallNanos = elapsed / calls;
        }
        long callsPerSample = callsPerSample(meanCallNanos);
        double[] seconds = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = clock.getAsLong();
            for (long c = 0; c < callsPerSample; c++) {
                call.run();
            }
            seconds[r] = (clock.getAsLong() - start) / 1e9 / callsPerSample;
        }
        return seconds;
    }

    /** Calls per sample for a call that took {@code callNanos}: {@code max(1, ceil(minSample / callNanos))}. */
    long callsPerSample(long callNanos) {
        long minSampleNanos = minSampleMillis * 1_000_000L;
        return Math.max(1, (minSampleNanos + Math.max(callNanos, 1) - 1) / Math.max(callNanos, 1));
    }

    /** The scheme as the {@code --warmups/--repeats/--min-sample-ms} options the Python peers take. */
    public List<String> asPeerOptions() {
        return List.of("--warmups", Integer.toString(warmups), "--repeats", Integer.toString(repeats),
                "--min-sample-ms", Long.toString(minSampleMillis));
    }

    /** One sentence for reports. */
    public String describe() {
        return warmups + " warm-up round(s) of at least " + minSampleMillis + " ms discarded, then " + repeats
                + " timed samples of a fixed number of calls (at least " + minSampleMillis + " ms at the last "
                + "warm-up's pace); each sample reports its mean time per call";
    }
}
