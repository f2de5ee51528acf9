package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    @Test
    void carriesEveryNumberInBaseUnits() {
        Map<?, ?> root = (Map<?, ?>) Json.parse(ReportJson.write(ReportFixtures.gemmReport()), "report");
        assertEquals("gemm", root.get("scenario"));
        assertEquals("benchmarks/run.sh gemm", root.get("command"));
        Map<?, ?> machine = (Map<?, ?>) root.get("machine");
        assertEquals("2025-01-02T03:04:05Z", machine.get("started"));
        assertEquals(2.0, machine.get("logicalCpus"));
        assertEquals(Map.of("timing", "3 samples"), root.get("facts"));

        List<?> measurements = (List<?>) root.get("measurements");
        assertEquals(2, measurements.size());
        Map<?, ?> copse = (Map<?, ?>) measurements.getFirst();
        assertEquals("copse-vector", copse.get("implementation"));
        Map<?, ?> seconds = (Map<?, ?>) copse.get("seconds");
        assertEquals(0.002, (Double) seconds.get("median"), 1e-15);
        assertEquals(0.0015, (Double) seconds.get("q1"), 1e-15);
        assertEquals(1000.0, (Double) copse.get("gflops"), 1e-9);
        assertEquals(5.0, (Double) copse.get("fractionOfPeak"), 1e-12);
        assertEquals((double) (64L << 20), copse.get("peakRssBytes"));

        Map<?, ?> peak = (Map<?, ?>) root.get("peak");
        assertEquals(200.0, (Double) peak.get("gflops"), 1e-9);
        assertNull(peak.get("peakRssBytes"));

        Map<?, ?> ratio = (Map<?, ?>) ((List<?>) root.get("ratios")).getFirst();
        assertEquals("numpy", ratio.get("peer"));
        assertEquals(2.0, (Double) ratio.get("ratio"), 1e-12);
    }
}
