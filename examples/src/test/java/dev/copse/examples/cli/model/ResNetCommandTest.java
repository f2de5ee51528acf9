package dev.copse.examples.cli.model;

import static dev.copse.examples.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxDatasets;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.data.load.IdxFolder;
import dev.copse.core.progress.ProgressListener;
import dev.copse.examples.cli.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copse train --model resnet} then {@code copse eval} through the real command line, on a
 * 1,500/300-image stratified sample of the embedded MNIST subset written as an IDX folder (small enough for
 * a few seconds of training): the model learns, is written, and scores the same when loaded again.
 */
class ResNetCommandTest {

    private static final Pattern ACCURACY = Pattern.compile("\\| ResNet-8 \\(16/32/64\\) \\| ([0-9.]+) % \\|");

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

        CommandRun train = run("train", "--model", "resnet", "--data", data.toString(), "--depth", "8", "--epochs", "2",
                "--batch-size", "32", "--learning-rate", "0.1", "--seed", "1", "--out", file.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("ResNet-8: 3 residual blocks"), train.out());
        double trained = accuracy(train.out());
        assertTrue(trained >= 70, "ResNet-8 after 2 epochs on 1,500 MNIST images: " + trained + " %");

        CommandRun eval = run("eval", "--model", file.toString(), "--data", data.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertEquals(trained, accuracy(eval.out()));
    }

    @Test
    void aForestSettingIsRefused() {
        CommandRun run = run("train", "--model", "resnet", "--trees", "3");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("resnet does not use --trees"), run.err());
    }

    @Test
    void aDepthThatIsNot6nPlus2IsOneClearLine() {
        CommandRun run = run("train", "--model", "resnet", "--depth", "9");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("9"), run.err());
    }
}
