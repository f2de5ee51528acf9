package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copse sase train-gan} through the real command line, a few steps on the embedded data. */
class TrainGanCommandTest {

    @Test
    void printsBothVariantsAndWritesTheirSampleGrids(@TempDir Path folder) throws Exception {
        CommandRun run = CommandRun.run("sase", "train-gan", "--data", "default", "--class", "3", "--shots", "10",
                "--steps", "3", "--batch-size", "4", "--seeds", "1", "--samples", "40", "--classifier-rows", "100",
                "--classifier-epochs", "1", "--out", folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out();
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
