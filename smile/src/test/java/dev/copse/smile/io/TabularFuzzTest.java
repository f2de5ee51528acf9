package dev.copse.smile.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.smile.tabular.MissingValues;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile CSV and ARFF text: random edits biased towards the characters that carry structure (separators,
 * quotes, braces, comment and missing-value marks, non-finite numbers), truncations, and dropped or repeated
 * lines. Every case must end in a dataset that passes {@link Dataset}'s own checks or in a
 * {@link DataFileException} naming the file; nothing else may escape.
 */
class TabularFuzzTest {

    private static final int CASES_PER_FORMAT = 1500;

    private static final String CSV = """
            outlook,temperature,wind,play
            sunny,30,10,no
            "light rain",,20,yes
            overcast,25.5,?,no
            sunny,21,5,yes
            """;

    private static final String ARFF = """
            % fuzz seed file
            @relation weather
            @attribute outlook {sunny, overcast, 'light rain'}
            @attribute temperature real
            @attribute wind integer
            @attribute play {no, yes}
            @data
            sunny,30,10,no
            'light rain',?,20,yes
            overcast,25.5,?,no
            sunny,21,5,yes
            """;

    private static final String[] INSERTS = {",", "\"", "'", "{", "}", "@", "%", "?", "\n", "\r\n", " ", "\t",
        "NaN", "Infinity", "-Infinity", "1e999", "-", ".", "0", "9", "x", "@data", "@attribute a real", "\u00e9"};

    @TempDir
    Path dir;

    @Test
    void damagedCsvAndArffAreReadOrRefusedNamingTheFile() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        TabularOptions arffOptions = TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)
                .withMissingValues(MissingValues.IMPUTE_MEAN);
        TabularOptions csvOptions = TabularOptions.of("play", NominalEncoding.ONE_HOT)
                .withMissingValues(MissingValues.IMPUTE_MEAN);
        int cases = 0;
        int refused = 0;
        for (int c = 0; c < CASES_PER_FORMAT; c++) {
            Path csv = write("case-" + c + ".csv", damage(CSV, random));
            refused += attempt(csv, () -> CsvReader.read(csv, CsvFormat.standard(), csvOptions).dataset());
            Path arff = write("case-" + c + ".arff", damage(ARFF, random));
            refused += attempt(arff, () -> ArffReader.read(arff, arffOptions).dataset());
            cases += 2;
        }
        System.out.printf("CSV/ARFF fuzz: %d cases, %d refused with a message naming the file%n", cases, refused);
        assertTrue(refused > cases / 4, "damage must mostly be caught: refused " + refused + " of " + cases);
    }

    private interface Read {
        Dataset run() throws IOException;
    }

    private static int attempt(Path file, Read read) throws IOException {
        try {
            Dataset data = read.run();
            assertTrue(data.size() > 0);
            return 0;
        } catch (DataFileException expected) {
            assertTrue(expected.getMessage().contains(file.toString())
                            || expected.getMessage().contains(file.getFileName().toString()),
                    "message must name the file: " + expected.getMessage());
            return 1;
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String damage(String good, SplittableRandom random) {
        StringBuilder text = new StringBuilder(good);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(5)) {
                case 0 -> text.setLength(random.nextInt(text.length() + 1));
                case 1 -> {
                    int at = random.nextInt(text.length() + 1);
                    text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                }
                case 2 -> {
                    if (!text.isEmpty()) {
                        int at = random.nextInt(text.length());
                        text.deleteCharAt(at);
                    }
                }
                case 3 -> {
                    String[] lines = text.toString().split("\n", -1);
                    int drop = random.nextInt(lines.length);
                    text.setLength(0);
                    for (int i = 0; i < lines.length; i++) {
                        if (i != drop) {
                            text.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
                        }
                    }
                }
                default -> {
                    String[] lines = text.toString().split("\n", -1);
                    int repeat = random.nextInt(lines.length);
                    text.append('\n').append(lines[repeat]);
                }
            }
        }
        return text.toString();
    }
}
