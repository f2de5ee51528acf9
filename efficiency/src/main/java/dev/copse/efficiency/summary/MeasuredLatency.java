package dev.copse.efficiency.summary;

import dev.copse.efficiency.cost.CostKind;

/**
 * Measured wall-clock time per input, in nanoseconds ({@link CostKind#MEASURED} cost). Timed either one
 * input at a time or one batch at a time; a batch of n inputs that took t ns counts as one sample of t/n ns
 * per input, so the distribution is over measurements, not over individual inputs.
 *
 * @param inputsPerMeasurement 1 when each input was timed alone, else the batch size
 * @param nanosPerInput        distribution of nanoseconds per input over the measurements
 */
public record MeasuredLatency(int inputsPerMeasurement, Distribution nanosPerInput) {

    public MeasuredLatency {
        if (inputsPerMeasurement < 1 || nanosPerInput == null) {
            throw new IllegalArgumentException("measured latency needs inputs per measurement >= 1 and a distribution,"
                    + " got " + inputsPerMeasurement);
        }
    }

    /** From per-input timings (e.g. differences of {@link System#nanoTime()}). */
    public static MeasuredLatency perInput(long... nanos) {
        return perBatch(1, nanos);
    }

    /** From timings of whole batches of {@code batchSize} inputs each. */
    public static MeasuredLatency perBatch(int batchSize, long... batchNanos) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        double[] perInput = new double[batchNanos.length];
        for (int i = 0; i < batchNanos.length; i++) {
            if (batchNanos[i] < 0) {
                throw new IllegalArgumentException("measured time must be >= 0 ns, got " + batchNanos[i]
                        + " at measurement " + i);
            }
            perInput[i] = batchNanos[i] / (double) batchSize;
        }
        return new MeasuredLatency(batchSize, Distribution.of(perInput));
    }

    /** Always {@link CostKind#MEASURED}. */
    public CostKind kind() {
        return CostKind.MEASURED;
    }
}
