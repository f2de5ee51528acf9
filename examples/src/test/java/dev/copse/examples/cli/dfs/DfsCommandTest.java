package dev.copse.examples.cli.dfs;

import static dev.copse.examples.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.examples.cli.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copse dfs sweep} then {@code copse dfs eval} on a small part of the embedded dataset. */
class DfsCommandTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void sweepWritesTablesChartsAndModelsThatEvalScoresTheSame(@TempDir Path dir) throws Exception {
        CommandRun sweep = run("dfs", "sweep", "--train-rows", "100", "--test-rows", "60", "--widths", "4,4,8",
                "--batch-size", "50", "--backbone-epochs", "1", "--gate-epochs", "1", "--joint-epochs", "1",
                "--targets", "30", "--results", dir.toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        for (String name : new String[] {"accuracy-vs-cp", "decisions-pretrained", "decisions-target-30"}) {
            byte[] png = Files.readAllBytes(dir.resolve(name + ".png"));
            assertArrayEquals(PNG_MAGIC, Arrays.copyOf(png, 4), name);
            assertTrue(Files.readString(dir.resolve(name + ".svg")).contains("<svg"), name);
        }
        String csv = Files.readString(dir.resolve("decisions.csv"));
        // header + (pretrained, target 30) x 2 gated blocks x 5 options
        assertEquals(1 + 2 * 2 * 5, csv.lines().count(), csv);
        Matcher row = Pattern.compile("\\| target 30 \\| 30 \\| ([0-9.]+) \\| ([0-9.]+) \\|")
                .matcher(Files.readString(dir.resolve("accuracy-vs-cp.md")));
        assertTrue(row.find(), sweep.out());

        CommandRun eval = run("dfs", "eval", "--model", dir.resolve("dfs-target-30.copse").toString(), "--test-rows", "60");
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("accuracy " + row.group(1) + "%, computation percentage " + row.group(2) + "%"),
                eval.out() + "\nvs the sweep's row " + row.group());
    }

    @Test
    void withoutASubcommandItNamesThem() {
        CommandRun run = run("dfs");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("train, eval, sweep"), run.err());
    }

    @Test
    void badOptionsAreOneClearLine() {
        CommandRun run = run("dfs", "train", "--options", "skip,eight", "--train-rows", "100");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("'eight'"), run.err());
    }
}
