package dev.copse.examples.cli.model;

import static dev.copse.examples.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copse train} then {@code copse eval} on the embedded dataset, through the real command line. */
class TrainEvalCommandTest {

    private static final Pattern ACCURACY = Pattern.compile("\\| random forest \\(8 trees\\) \\| ([0-9.]+) % \\|");

    private static double accuracy(String out) {
        Matcher matcher = ACCURACY.matcher(out);
        assertTrue(matcher.find(), out);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void trainWritesAModelThatEvalScoresTheSame(@TempDir Path dir) {
        Path file = dir.resolve("rf.copse");

        CommandRun train = run("train", "--model", "random-forest", "--trees", "8", "--seed", "3", "--out", file.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.isRegularFile(file));
        assertTrue(train.out().contains("8 trees, "), train.out());
        double trained = accuracy(train.out());
        assertTrue(trained > 80, "8 random trees on the MNIST subset: " + trained);

        CommandRun eval = run("eval", "--model", file.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertEquals(trained, accuracy(eval.out()));
    }

    @Test
    void aSettingTheModelDoesNotUseIsRefused() {
        CommandRun run = run("train", "--model", "random-forest", "--epochs", "3");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("random-forest does not use --epochs"), run.err());
    }

    @Test
    void anUnknownModelListsTheKnownOnes() {
        CommandRun run = run("train", "--model", "gbdt");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown model 'gbdt'; the models are: soft-forest, random-forest,"
                        + " completely-random-forest, resnet, cascade"),
                run.err());
    }

    @Test
    void evalOfAFileThatIsNoModelIsOneClearLine(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.copse");
        Files.writeString(junk, "not a model");

        CommandRun run = run("eval", "--model", junk.toString());

        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("copse: error: " + junk + ": "), run.err());
    }
}
