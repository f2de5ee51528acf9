package dev.copse.examples.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.core.progress.ProgressEvent;
import org.junit.jupiter.api.Test;

class ProgressTextTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void durationsAreMinutesAndSecondsThenHours() {
        assertEquals("0:00", ProgressText.duration(0));
        assertEquals("0:59", ProgressText.duration(59 * SECOND + SECOND - 1));
        assertEquals("1:01", ProgressText.duration(61 * SECOND));
        assertEquals("59:59", ProgressText.duration(3599 * SECOND));
        assertEquals("1:00:00", ProgressText.duration(3600 * SECOND));
        assertEquals("26:02:05", ProgressText.duration((26 * 3600 + 125) * SECOND));
    }

    @Test
    void ratesKeepAboutThreeSignificantDigits() {
        assertEquals("0.25/s", ProgressText.rate(0.25));
        assertEquals("9.99/s", ProgressText.rate(9.99));
        assertEquals("12.3/s", ProgressText.rate(12.34));
        assertEquals("4520/s", ProgressText.rate(4520.4));
    }

    @Test
    void percentRoundsDownSoThatOnlyTheEndIsAHundred() {
        assertEquals(66, ProgressText.percent(new ProgressEvent("t", 2, 3, "")));
        assertEquals(99, ProgressText.percent(new ProgressEvent("t", 999, 1000, "")));
        assertEquals(100, ProgressText.percent(new ProgressEvent("t", 1000, 1000, "")));
        assertEquals(100, ProgressText.percent(new ProgressEvent("t", 0, 0, "")));
    }

    @Test
    void timeLeftIsShownOnceARateIsKnown() {
        TaskState state = new TaskState(new ProgressEvent("t", 5, 10, ""), 0);
        assertEquals("", ProgressText.timing(state));

        state.update(new ProgressEvent("t", 5, 10, ""), 2 * SECOND);
        assertEquals("", ProgressText.timing(state), "no unit done since the start");

        // Counting starts at the first event's 5, so 3 units in 2 s; 2 left take 1.33 s, shown rounded up.
        state.update(new ProgressEvent("t", 8, 10, ""), 2 * SECOND);
        assertEquals(" 1.50/s ETA 0:02", ProgressText.timing(state));
    }
}
