package dev.copse.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleSummaryTest {

    @Test
    void evenCountInterpolatesLikeNumpyPercentile() {
        // numpy.percentile([1, 2, 3, 4], [25, 50, 75]) == [1.75, 2.5, 3.25]
        SampleSummary s = SampleSummary.of(4, 1, 3, 2);
        assertEquals(4, s.count());
        assertEquals(1, s.min());
        assertEquals(1.75, s.lowerQuartile(), 1e-12);
        assertEquals(2.5, s.median(), 1e-12);
        assertEquals(3.25, s.upperQuartile(), 1e-12);
        assertEquals(4, s.max());
        assertEquals(1.5, s.interquartileRange(), 1e-12);
    }

    @Test
    void oddCountHasAnExactMedian() {
        SampleSummary s = SampleSummary.of(5, 1, 3);
        assertEquals(3, s.median());
        assertEquals(2, s.lowerQuartile(), 1e-12);
        assertEquals(4, s.upperQuartile(), 1e-12);
    }

    @Test
    void quartilesOfAnUnevenSampleByHand() {
        // h = 5 * 0.25 = 1.25 -> 15 + 0.25 * (36 - 15); h = 3.75 -> 39 + 0.75 * (40 - 39)
        SampleSummary s = SampleSummary.of(41, 7, 39, 15, 40, 36);
        assertEquals(20.25, s.lowerQuartile(), 1e-12);
        assertEquals(37.5, s.median(), 1e-12);
        assertEquals(39.75, s.upperQuartile(), 1e-12);
        assertEquals(7, s.min());
        assertEquals(41, s.max());
    }

    @Test
    void singleSampleIsEveryStatistic() {
        SampleSummary s = SampleSummary.of(0.25);
        assertEquals(new SampleSummary(1, 0.25, 0.25, 0.25, 0.25, 0.25), s);
        assertEquals(0, s.interquartileRange());
    }

    @Test
    void leavesTheCallersArrayUnsorted() {
        double[] samples = {3, 1, 2};
        SampleSummary.of(samples);
        assertArrayEquals(new double[] {3, 1, 2}, samples);
    }

    @Test
    void rejectsEmptyAndNonFiniteSamples() {
        assertThrows(IllegalArgumentException.class, SampleSummary::of);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SampleSummary.of(1, Double.NaN));
        assertTrue(nan.getMessage().contains("non-finite"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SampleSummary.of(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void rejectsStatisticsOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> new SampleSummary(3, 1, 2, 1.5, 3, 4));
        assertThrows(IllegalArgumentException.class, () -> new SampleSummary(0, 1, 1, 1, 1, 1));
    }
}
