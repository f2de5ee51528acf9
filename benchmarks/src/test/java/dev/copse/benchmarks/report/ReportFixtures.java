package dev.copse.benchmarks.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A small hand-made report whose every number is easy to check. */
final class ReportFixtures {

    static final MachineInfo MACHINE = new MachineInfo("Test CPU (AVX-512)", 2, 8L << 30, "Test JDK 25",
            "Test OS, kernel 6.1 amd64", Instant.parse("2025-01-02T03:04:05Z"), "abc123", 0.25);

    private ReportFixtures() {
    }

    /** Square case: copse 2 ms median, numpy 4 ms median, 2e9 flops; peak 2e10 flops in 0.1 s = 200 GFLOP/s. */
    static ScenarioReport gemmReport() {
        Measurement copse = new Measurement("sq", "square 1000", "copse-vector", SampleSummary.of(0.001, 0.002, 0.003),
                OptionalDouble.of(2e9), OptionalLong.of(64L << 20));
        Measurement peer = new Measurement("sq", "square 1000", "numpy", SampleSummary.of(0.004, 0.004, 0.005),
                OptionalDouble.of(2e9), OptionalLong.of(32L << 20));
        Measurement peak = new Measurement("fma-peak", "FMA loop", "fma-peak", SampleSummary.of(0.1),
                OptionalDouble.of(2e10), OptionalLong.empty());
        return new ScenarioReport("gemm", "GEMM test", MACHINE, "benchmarks/run.sh gemm",
                List.of(new Fact("timing", "3 samples")), List.of(copse, peer), Optional.of(peak),
                List.of(SpeedRatio.of(copse, peer)));
    }
}
