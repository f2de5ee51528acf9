package dev.copse.benchmarks.report;

import static dev.copse.benchmarks.report.MeasurementTest.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedRatioTest {

    @Test
    void ratioIsPeerTimeOverCopseTime() {
        Measurement copse = timed("sq", "copse-vector", 1e9, 0.001, 0.002, 0.004); // median 2 ms
        Measurement peer = timed("sq", "numpy", 1e9, 0.003, 0.003, 0.010);         // median 3 ms
        SpeedRatio ratio = SpeedRatio.of(copse, peer);
        assertEquals(1.5, ratio.ratio(), 1e-12);
        assertEquals("sq", ratio.caseId());
        assertEquals("copse-vector", ratio.copse());
        assertEquals("numpy", ratio.peer());
    }

    @Test
    void slowerCopseGivesARatioBelowOne() {
        SpeedRatio ratio = SpeedRatio.of(timed("sq", "copse-portable", 1e9, 0.008), timed("sq", "numpy", 1e9, 0.002));
        assertEquals(0.25, ratio.ratio(), 1e-12);
    }

    @Test
    void refusesToCompareDifferentCases() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpeedRatio.of(timed("a", "copse", 1, 1), timed("b", "numpy", 1, 1)));
        assertTrue(e.getMessage().contains("different cases"), e.getMessage());
    }

    @Test
    void rejectsNonPositiveOrInfiniteRatios() {
        assertThrows(IllegalArgumentException.class, () -> new SpeedRatio("a", "copse", "numpy", 0));
        assertThrows(IllegalArgumentException.class, () -> new SpeedRatio("a", "copse", "numpy", Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new SpeedRatio("a", "copse", "numpy", Double.POSITIVE_INFINITY));
    }
}
