package dev.copse.benchmarks.report;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The timings of one implementation on one case (a shape, a data set, a model).
 *
 * @param caseId          stable id of the case, e.g. {@code forest-x-w}
 * @param caseDescription what the case is, for tables
 * @param implementation  who ran it, e.g. {@code copse-vector} or {@code numpy}
 * @param secondsPerCall  wall-clock seconds of one call, over the timed samples
 * @param flopsPerCall    floating-point operations of one call, when the work has a natural count
 * @param peakRssBytes    the process's peak resident set size, when it ran in a process of its own
 */
public record Measurement(String caseId, String caseDescription, String implementation, SampleSummary secondsPerCall,
                          OptionalDouble flopsPerCall, OptionalLong peakRssBytes) {

    public Measurement {
        requireText(caseId, "caseId");
        requireText(caseDescription, "caseDescription");
        requireText(implementation, "implementation");
        Objects.requireNonNull(secondsPerCall, "secondsPerCall");
        Objects.requireNonNull(flopsPerCall, "flopsPerCall");
        Objects.requireNonNull(peakRssBytes, "peakRssBytes");
        if (secondsPerCall.min() <= 0) {
            throw new IllegalArgumentException(implementation + " on " + caseId + ": call times must be positive, got "
                    + secondsPerCall.min() + " s");
        }
        if (flopsPerCall.isPresent() && !(flopsPerCall.getAsDouble() > 0)) {
            throw new IllegalArgumentException(implementation + " on " + caseId + ": flopsPerCall must be positive, got "
                    + flopsPerCall.getAsDouble());
        }
        if (peakRssBytes.isPresent() && peakRssBytes.getAsLong() <= 0) {
            throw new IllegalArgumentException(implementation + " on " + caseId + ": peakRssBytes must be positive, got "
                    + peakRssBytes.getAsLong());
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must be non-blank, got " + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Throughput at the median call time, {@code flops / median / 1e9}; empty when the work has no flop count. */
    public OptionalDouble gflops() {
        return flopsPerCall.isPresent()
                ? OptionalDouble.of(flopsPerCall.getAsDouble() / secondsPerCall.median() / 1e9)
                : OptionalDouble.empty();
    }

    /**
     * This measurement's throughput as a fraction of {@code peak}'s (both at their medians); empty when
     * either has no flop count.
     */
    public OptionalDouble fractionOf(Measurement peak) {
        OptionalDouble mine = gflops();
        OptionalDouble theirs = peak.gflops();
        return mine.isPresent() && theirs.isPresent()
                ? OptionalDouble.of(mine.getAsDouble() / theirs.getAsDouble())
                : OptionalDouble.empty();
    }
}
