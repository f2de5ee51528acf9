package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.benchmarks.report.Fact;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerOutputTest {

    @Test
    void readsWhatThePeersPrint() {
        WorkerOutput output = WorkerOutput.parse("""
                {"implementation": "numpy", "peakRssBytes": 52428800,
                 "facts": {"versions": "numpy 1.24.2", "BLAS": "openblas 0.3.21, kernel SkylakeX"},
                 "cases": [{"id": "square-1024", "flops": 2147483648.0, "seconds": [0.02, 0.021]}]}
                """, "numpy on square-1024");
        assertEquals("numpy", output.implementation());
        assertEquals(52_428_800L, output.peakRssBytes());
        assertEquals(List.of(new Fact("versions", "numpy 1.24.2"), new Fact("BLAS", "openblas 0.3.21, kernel SkylakeX")),
                output.facts());
        assertEquals(1, output.cases().size());
        WorkerOutput.CaseTimings timings = output.cases().getFirst();
        assertEquals("square-1024", timings.id());
        assertEquals(2_147_483_648.0, timings.flops());
        assertArrayEquals(new double[] {0.02, 0.021}, timings.seconds());
    }

    @Test
    void missingOrMistypedFieldsNameTheWorkerAndField() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> WorkerOutput.parse(
                "{\"implementation\": \"ejml\", \"facts\": {}, \"cases\": []}", "ejml on conv"));
        assertEquals("ejml on conv field 'peakRssBytes': expected a number, got null", missing.getMessage());
        IllegalArgumentException sample = assertThrows(IllegalArgumentException.class, () -> WorkerOutput.parse(
                "{\"implementation\": \"x\", \"peakRssBytes\": 1, \"facts\": {},"
                        + " \"cases\": [{\"id\": \"c\", \"flops\": 1, \"seconds\": [\"fast\"]}]}", "w"));
        assertTrue(sample.getMessage().startsWith("w case c seconds[0]"), sample.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WorkerOutput.parse("Traceback (most recent call", "w"));
    }
}
