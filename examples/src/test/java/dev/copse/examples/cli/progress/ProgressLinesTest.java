package dev.copse.examples.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.core.progress.ProgressEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    private final FakeClock clock = new FakeClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressLines lines = new ProgressLines(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

    private List<String> output() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneLinePerTenthOfTheTotal() {
        for (int done = 0; done <= 100; done++) {
            lines.onProgress(new ProgressEvent("train", done, 100, done == 100 ? "loss 0.25" : ""));
            clock.advanceMillis(100);
        }

        List<String> out = output();
        assertEquals(11, out.size(), String.join("\n", out));
        assertEquals("train: 0/100 (0%)", out.get(0));
        // 10 units in 1 s: 10/s, and 90 more units take 9 s.
        assertEquals("train: 10/100 (10%) 10.0/s ETA 0:09", out.get(1));
        assertEquals("train: 50/100 (50%) 10.0/s ETA 0:05", out.get(5));
        assertEquals("train: 100/100 (100%) 10.0/s in 0:10  loss 0.25", out.get(10));

        lines.finish();
        assertEquals(11, output().size(), "a finished task is not printed again");
    }

    @Test
    void taskOfUnknownSizeGetsALineEveryFiveSecondsAndAFinalOne() {
        for (int second = 0; second <= 12; second++) {
            lines.onProgress(new ProgressEvent("fetch mnist", 50L * second, -1, ""));
            if (second < 12) {
                clock.advanceMillis(1000);
            }
        }
        lines.finish();
        lines.finish();

        assertEquals(List.of(
                "fetch mnist: 0 elapsed 0:00",
                "fetch mnist: 250 50.0/s elapsed 0:05",
                "fetch mnist: 500 50.0/s elapsed 0:10",
                "fetch mnist: 600 50.0/s elapsed 0:12"), output());
    }

    @Test
    void newTaskFirstPrintsTheLatestStateOfTheUnfinishedOne() {
        lines.onProgress(new ProgressEvent("a", 0, 1000, ""));
        clock.advanceMillis(1000);
        lines.onProgress(new ProgressEvent("a", 5, 1000, "slow"));
        clock.advanceMillis(1000);
        lines.onProgress(new ProgressEvent("b", 0, 5, ""));

        // 5 units in 1 s; the other 995 take 199 s.
        assertEquals(List.of("a: 0/1000 (0%)", "a: 5/1000 (0%) 5.00/s ETA 3:19  slow", "b: 0/5 (0%)"), output());
    }

    @Test
    void taskFinishedOnItsFirstEventGetsOneLine() {
        lines.onProgress(new ProgressEvent("empty", 0, 0, ""));
        lines.onProgress(new ProgressEvent("empty", 0, 0, ""));

        assertEquals(List.of("empty: 0/0 (100%) in 0:00", "empty: 0/0 (100%) in 0:00"), output(),
                "a finished task that reports again is a new run of it");
    }
}
