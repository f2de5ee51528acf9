package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    static Measurement timed(String caseId, String implementation, double flops, double... seconds) {
        return new Measurement(caseId, caseId + " product", implementation, SampleSummary.of(seconds),
                flops > 0 ? OptionalDouble.of(flops) : OptionalDouble.empty(), OptionalLong.empty());
    }

    @Test
    void throughputUsesTheMedianTime() {
        // 2e9 flops in a median 0.5 s -> 4 GFLOP/s; the outliers 0.1 and 9 s do not matter.
        Measurement m = timed("sq", "copse-vector", 2e9, 0.1, 0.5, 9);
        assertEquals(4.0, m.gflops().getAsDouble(), 1e-12);
    }

    @Test
    void fractionOfPeakDividesThroughputs() {
        Measurement gemm = timed("sq", "copse-vector", 2e9, 0.5);   // 4 GFLOP/s
        Measurement peak = timed("fma-peak", "fma-peak", 8e9, 0.5); // 16 GFLOP/s
        assertEquals(0.25, gemm.fractionOf(peak).getAsDouble(), 1e-12);
    }

    @Test
    void workWithoutAFlopCountHasNoThroughput() {
        Measurement training = timed("forest-train", "copse", 0, 2.0);
        assertFalse(training.gflops().isPresent());
        assertFalse(training.fractionOf(timed("fma-peak", "fma-peak", 8e9, 0.5)).isPresent());
    }

    @Test
    void rejectsBadFields() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> timed(" ", "copse", 1, 1));
        assertTrue(blank.getMessage().contains("caseId"), blank.getMessage());
        assertThrows(IllegalArgumentException.class, () -> timed("sq", "copse", 1, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Measurement("sq", "sq", "copse",
                SampleSummary.of(1), OptionalDouble.of(-1), OptionalLong.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Measurement("sq", "sq", "copse",
                SampleSummary.of(1), OptionalDouble.empty(), OptionalLong.of(0)));
    }
}
