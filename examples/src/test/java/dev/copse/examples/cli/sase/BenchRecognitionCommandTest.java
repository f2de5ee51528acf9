package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import org.junit.jupiter.api.Test;

/** {@code copse sase bench-recognition} through the real command line on a tiny slice of the embedded data. */
class BenchRecognitionCommandTest {

    @Test
    void printsOneRowPerVariantAndEveryPairwiseVerdict() {
        CommandRun run = CommandRun.run("sase", "bench-recognition", "--data", "default", "--widths", "4,4,4",
                "--train-rows", "40", "--test-rows", "20", "--batch-size", "20", "--seeds", "1");
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
        assertTrue(text.contains("40 training / 20 test images"), text);
        for (String variant : new String[] {"plain", "se", "sase"}) {
            assertEquals(1, text.lines().filter(line -> line.startsWith("| " + variant + " |")).count(), text);
        }
        assertEquals(3, text.lines().filter(line -> line.contains(" against ")).count(), text);
    }
}
