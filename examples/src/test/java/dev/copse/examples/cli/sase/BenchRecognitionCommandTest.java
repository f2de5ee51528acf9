package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CopseCommand;
import dev.copse.examples.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code copse sase bench-recognition} through the real command line on a tiny slice of the embedded data. */
class BenchRecognitionCommandTest {

    @Test
    void printsOneRowPerVariantAndEveryPairwiseVerdict() {
        CommandLine commandLine = Main.commandLine(new CopseCommand(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = Main.run(commandLine, "sase", "bench-recognition", "--data", "default", "--widths", "4,4,4",
                "--train-rows", "40", "--test-rows", "20", "--batch-size", "20", "--seeds", "1");
        assertEquals(0, exitCode, err.toString());
        String text = out.toString();
        assertTrue(text.contains("40 training / 20 test images"), text);
        for (String variant : new String[] {"plain", "se", "sase"}) {
            assertEquals(1, text.lines().filter(line -> line.startsWith("| " + variant + " |")).count(), text);
        }
        assertEquals(3, text.lines().filter(line -> line.contains(" against ")).count(), text);
    }
}
