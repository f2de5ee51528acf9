package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepetitionSchemeTest {

    @Test
    void batchSizeIsTheCeilingOfMinimumSampleOverCallTime() {
        RepetitionScheme scheme = new RepetitionScheme(1, 1, 200);
        assertEquals(1, scheme.callsPerSample(300_000_000L));     // a 300 ms call: once
        assertEquals(1, scheme.callsPerSample(200_000_000L));     // exactly the minimum: once
        assertEquals(2, scheme.callsPerSample(199_999_999L));     // a hair shorter: twice
        assertEquals(200, scheme.callsPerSample(1_000_000L));     // 1 ms: 200 calls
        assertEquals(200_000_000, scheme.callsPerSample(0));      // unmeasurably fast counts as 1 ns
        assertEquals(1, new RepetitionScheme(1, 1, 0).callsPerSample(5));
    }

    @Test
    void zeroMinimumRunsWarmupsThenOneCallPerSample() {
        AtomicInteger calls = new AtomicInteger();
        double[] seconds = new RepetitionScheme(2, 3, 0).measure(calls::incrementAndGet);
        assertEquals(5, calls.get());
        assertEquals(3, seconds.length);
        for (double s : seconds) {
            assertTrue(s >= 0, "a sample cannot be negative: " + s);
        }
    }

    @Test
    void warmupRoundsLastTheMinimumAndCalibrateTheBatch() {
        // A fake clock that advances 1 ms per call. Each 5 ms warm-up round takes 5 calls; the last round's
        // mean (1 ms) gives batches of 5 calls; each sample then reports exactly 1 ms per call.
        long[] now = {0};
        AtomicInteger calls = new AtomicInteger();
        double[] seconds = new RepetitionScheme(2, 3, 5).measure(() -> {
            calls.incrementAndGet();
            now[0] += 1_000_000L;
        }, () -> now[0]);
        assertEquals(2 * 5 + 3 * 5, calls.get());
        assertArrayEquals(new double[] {0.001, 0.001, 0.001}, seconds, 1e-15);
    }

    @Test
    void slowWarmupCallsAreNotRepeated() {
        // 30 ms per call against a 5 ms minimum: one call per round and one per sample.
        long[] now = {0};
        AtomicInteger calls = new AtomicInteger();
        double[] seconds = new RepetitionScheme(3, 2, 5).measure(() -> {
            calls.incrementAndGet();
            now[0] += 30_000_000L;
        }, () -> now[0]);
        assertEquals(5, calls.get());
        assertArrayEquals(new double[] {0.030, 0.030}, seconds, 1e-15);
    }

    @Test
    void peerOptionsSpellOutTheScheme() {
        assertEquals(List.of("--warmups", "3", "--repeats", "10", "--min-sample-ms", "200"),
                RepetitionScheme.DEFAULT.asPeerOptions());
    }

    @Test
    void rejectsSchemesThatCannotCalibrateOrMeasure() {
        IllegalArgumentException noWarmup = assertThrows(IllegalArgumentException.class,
                () -> new RepetitionScheme(0, 1, 1));
        assertTrue(noWarmup.getMessage().contains("warmups must be at least 1"), noWarmup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RepetitionScheme(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RepetitionScheme(1, 1, -1));
    }
}
