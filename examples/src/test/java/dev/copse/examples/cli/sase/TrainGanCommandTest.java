package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CopseCommand;
import dev.copse.examples.cli.Main;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code copse sase train-gan} through the real command line, a few steps on the embedded data. */
class TrainGanCommandTest {

    @Test
    void printsBothVariantsAndWritesTheirSampleGrids(@TempDir Path folder) throws Exception {
        CommandLine commandLine = Main.commandLine(new CopseCommand(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = Main.run(commandLine, "sase", "train-gan", "--data", "default", "--class", "3", "--shots", "10",
                "--steps", "3", "--batch-size", "4", "--seeds", "1", "--samples", "40", "--classifier-rows", "100",
                "--classifier-epochs", "1", "--out", folder.toString());
        assertEquals(0, exitCode, err.toString());
        String text = out.toString();
        assertTrue(text.contains("class 3: 10 training images"), text);
        for (String variant : new String[] {"channel", "sase"}) {
            assertEquals(1, text.lines().filter(line -> line.startsWith("| " + variant + " |")).count(), text);
            BufferedImage grid = ImageIO.read(folder.resolve("gan-" + variant + ".png").toFile());
            assertEquals(8 * 28, grid.getWidth());
            assertEquals(5 * 28, grid.getHeight());   // 40 samples in rows of 8
        }
        assertTrue(text.contains("sase against channel: "), text);
    }
}
