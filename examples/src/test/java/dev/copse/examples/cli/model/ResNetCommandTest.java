package dev.copse.examples.cli.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxDatasets;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.data.load.IdxFolder;
import dev.copse.core.progress.ProgressListener;
import dev.copse.examples.cli.CopseCommand;
import dev.copse.examples.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code copse train --model resnet} then {@code copse eval} through the real command line, on a
 * 1,500/300-image stratified sample of the embedded MNIST subset written as an IDX folder (small enough for
 * a few seconds of training): the model learns, is written, and scores the same when loaded again.
 */
class ResNetCommandTest {

    private static final Pattern ACCURACY = Pattern.compile("\\| ResNet-8 \\(16/32/64\\) \\| ([0-9.]+) % \\|");

    private static String[] run(String... args) {
        CommandLine commandLine = Main.commandLine(new CopseCommand(
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = Main.run(commandLine, args);
        return new String[] {String.valueOf(exitCode), out.toString(), err.toString()};
    }

    private static double accuracy(String out) {
        Matcher matcher = ACCURACY.matcher(out);
        assertTrue(matcher.find(), out);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void trainsEvaluatesAndReloadsAResNet(@TempDir Path dir) throws Exception {
        TrainTest full = Datasets.load("default", ProgressListener.none());
        Path data = Files.createDirectory(dir.resolve("small"));
        IdxDatasets.writeGzip(full.train().stratifiedSample(1500, 1), data.resolve(IdxFolder.TRAIN_IMAGES + ".gz"),
                data.resolve(IdxFolder.TRAIN_LABELS + ".gz"));
        IdxDatasets.writeGzip(full.test().stratifiedSample(300, 2), data.resolve(IdxFolder.TEST_IMAGES + ".gz"),
                data.resolve(IdxFolder.TEST_LABELS + ".gz"));
        Path file = dir.resolve("r8.copse");

        String[] train = run("train", "--model", "resnet", "--data", data.toString(), "--depth", "8", "--epochs", "2",
                "--batch-size", "32", "--learning-rate", "0.1", "--seed", "1", "--out", file.toString());
        assertEquals("0", train[0], train[2]);
        assertTrue(train[1].contains("ResNet-8: 3 residual blocks"), train[1]);
        double trained = accuracy(train[1]);
        assertTrue(trained >= 70, "ResNet-8 after 2 epochs on 1,500 MNIST images: " + trained + " %");

        String[] eval = run("eval", "--model", file.toString(), "--data", data.toString());
        assertEquals("0", eval[0], eval[2]);
        assertEquals(trained, accuracy(eval[1]));
    }

    @Test
    void aForestSettingIsRefused() {
        String[] run = run("train", "--model", "resnet", "--trees", "3");
        assertEquals("2", run[0]);
        assertTrue(run[2].contains("resnet does not use --trees"), run[2]);
    }

    @Test
    void aDepthThatIsNot6nPlus2IsOneClearLine() {
        String[] run = run("train", "--model", "resnet", "--depth", "9");
        assertEquals("1", run[0]);
        assertEquals(1, run[2].lines().count(), run[2]);
        assertTrue(run[2].contains("9"), run[2]);
    }
}
