package dev.copse.examples.cli.model;

import static dev.copse.examples.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copse train --model cascade} and {@code copse eval} of the saved cascade, through the real command line. */
class CascadeCommandTest {

    private static final Pattern ACCURACY = Pattern.compile("\\| cascade \\([^|]*\\) \\| ([0-9.]+) % \\|");

    private static double accuracy(String out) {
        Matcher matcher = ACCURACY.matcher(out);
        assertTrue(matcher.find(), out);
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void aGcforestCascadeTrainsReportsEveryLevelAndEvaluatesTheSameAfterSaving(@TempDir Path dir) {
        Path file = dir.resolve("cascade.copse");
        CommandRun train = run("train", "--model", "cascade", "--preset", "gcforest", "--trees", "4", "--max-levels", "2",
                "--seed", "3", "--threads", "2", "--progress", "none", "--out", file.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("| 1 | "), train.out());
        assertTrue(train.out().contains("| features + level 1 |"), train.out());
        double trained = accuracy(train.out());
        assertTrue(trained > 80, "a 2-level cascade of 4-tree forests on the MNIST subset: " + trained);

        CommandRun eval = run("eval", "--model", file.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("level 2: 4 members"), eval.out());
        assertEquals(trained, accuracy(eval.out()));
    }

    /** 400 rows: two numbers and a colour; the class is yes when x1 + x2 (+1 if red) exceeds 0.5. */
    private static Path csv(Path dir) throws IOException {
        Random random = new Random(1);
        List<String> lines = new ArrayList<>();
        lines.add("x1,x2,colour,label");
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < 400; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            String colour = colours[random.nextInt(3)];
            boolean yes = a + b + (colour.equals("red") ? 1 : 0) > 0.5;
            lines.add(String.format("%.3f,%.3f,%s,%s", a, b, colour, yes ? "yes" : "no"));
        }
        Path file = dir.resolve("toy.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void aCopseCascadeTrainsOnACsvFileWithATargetAndEvalScoresItsHeldOutRows(@TempDir Path dir) throws IOException {
        Path data = csv(dir);
        Path file = dir.resolve("toy.copse");
        CommandRun train = run("train", "--model", "cascade", "--preset", "copse", "--trees", "3", "--max-depth", "3",
                "--epochs", "5", "--max-levels", "2", "--threads", "2", "--progress", "none",
                "--data", data.toString(), "--target", "label", "--out", file.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().contains("learned connectivity"), train.out());
        assertTrue(train.out().contains("features 1.000"), "the first level's one gate: " + train.out());
        double trained = accuracy(train.out());
        assertTrue(trained > 70, "soft-forest cascade on a linear toy problem: " + trained);

        CommandRun eval = run("eval", "--model", file.toString(), "--data", data.toString(), "--target", "label");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("80 test rows"), eval.out());
        assertEquals(trained, accuracy(eval.out()));
    }

    @Test
    void aCsvFileWithoutATargetIsOneClearError(@TempDir Path dir) throws IOException {
        CommandRun run = run("train", "--model", "cascade", "--data", csv(dir).toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("give it with --target <column>"), run.err());
    }

    @Test
    void theGcforestPresetRefusesSoftForestSettingsAndUnknownPresetsAreNamed() {
        CommandRun epochs = run("train", "--model", "cascade", "--preset", "gcforest", "--epochs", "2");
        assertEquals(1, epochs.exitCode());
        assertTrue(epochs.err().contains("the gcforest preset does not use --max-depth or --epochs"), epochs.err());

        CommandRun unknown = run("train", "--model", "cascade", "--preset", "deep");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown preset 'deep'; the presets are: gcforest, copse"), unknown.err());

        CommandRun notCascade = run("train", "--model", "random-forest", "--preset", "copse");
        assertEquals(2, notCascade.exitCode());
        assertTrue(notCascade.err().contains("random-forest does not use --preset"), notCascade.err());
    }
}
