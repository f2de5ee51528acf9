package dev.copse.examples.cli.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static final String NL = System.lineSeparator();

    private final FakeClock clock = new FakeClock();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private ProgressBar bar(int columns) {
        return new ProgressBar(stream, clock, columns);
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void redrawsAtMostTenTimesASecondAndEndsWithTheLatestState() {
        ProgressBar bar = bar(120);
        for (int done = 0; done < 20; done++) {
            bar.onProgress(new ProgressEvent("train", done, 100, ""));
            clock.advanceMillis(50);
        }
        bar.finish();
        bar.finish();

        String out = output();
        // Events every 50 ms from 0 to 950 ms: drawn at 0, 100, ..., 900 ms, then the one at 950 ms on finish.
        assertEquals(11, out.chars().filter(c -> c == '\r').count(), out);
        assertTrue(out.startsWith("\rtrain [--------------------]   0% 0/100\r"), out);
        // 19 units in 0.95 s = 20/s; 81 left take 4.05 s, shown rounded up.
        assertTrue(out.endsWith("\rtrain [###-----------------]  19% 19/100 20.0/s ETA 0:05" + NL), out);
    }

    @Test
    void finishedTaskEndsItsLineAndTheNextTaskStartsANewOne() {
        ProgressBar bar = bar(120);
        bar.onProgress(new ProgressEvent("a", 0, 2, ""));
        clock.advanceMillis(10);
        bar.onProgress(new ProgressEvent("a", 1, 2, ""));
        clock.advanceMillis(10);
        bar.onProgress(new ProgressEvent("a", 2, 2, ""));
        bar.onProgress(new ProgressEvent("b", 0, 1, ""));

        assertEquals("\ra [--------------------]   0% 0/2"
                + "\ra [####################] 100% 2/2 100/s in 0:00" + NL
                + "\rb [--------------------]   0% 0/1", output());
    }

    @Test
    void newTaskFirstDrawsTheHeldBackStateOfTheOldOne() {
        ProgressBar bar = bar(120);
        bar.onProgress(new ProgressEvent("a", 0, 10, ""));
        clock.advanceMillis(50);
        bar.onProgress(new ProgressEvent("a", 3, 10, ""));
        clock.advanceMillis(10);
        bar.onProgress(new ProgressEvent("b", 0, 10, ""));

        assertEquals("\ra [--------------------]   0% 0/10"
                + "\ra [######--------------]  30% 3/10 60.0/s ETA 0:01" + NL
                + "\rb [--------------------]   0% 0/10", output());
    }

    @Test
    void shorterRedrawBlanksWhatIsLeftOfTheLongerOne() {
        ProgressBar bar = bar(120);
        bar.onProgress(new ProgressEvent("t", 0, 10, "loss 0.123456, accuracy 0.912"));
        clock.advanceMillis(1000);
        bar.onProgress(new ProgressEvent("t", 1, 10, ""));

        String first = "t [--------------------]   0% 0/10  loss 0.123456, accuracy 0.912";
        String second = "t [##------------------]  10% 1/10 1.00/s ETA 0:09";
        assertEquals("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()), output());
    }

    @Test
    void unknownTotalShowsASpinnerAndACount() {
        ProgressBar bar = bar(120);
        for (int step = 0; step < 3; step++) {
            bar.onProgress(new ProgressEvent("fetch", 40L * step, -1, ""));
            clock.advanceMillis(200);
        }

        assertEquals("\rfetch | 0 elapsed 0:00"
                + "\rfetch / 40 200/s elapsed 0:00"
                + "\rfetch - 80 200/s elapsed 0:00", output());
    }

    @Test
    void lineIsCutToOneLessThanTheTerminalWidth() {
        bar(30).onProgress(new ProgressEvent("a rather long task name", 5, 10, "detail"));

        assertEquals("\r" + "a rather long task name [#####---------------]  50% 5/10  detail".substring(0, 29),
                output());
    }
}
