package dev.copse.core.modelfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.LibraryVersion;
import dev.copse.core.json.JsonObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing and reading model files: round trips, the safetensors layout, and every kind of damage. */
class ModelFileTest {

    @TempDir
    Path dir;

    private Path writeSample(String name) throws IOException {
        Path file = dir.resolve(name);
        new ModelFileWriter("toy", JsonObject.builder().put("depth", 3).put("note", "ünïcode").build())
                .put("weights", new float[] {1.5f, -2f, 0f, Float.MIN_VALUE, 3e38f, -0f}, 2, 3)
                .put("children", new int[] {1, 2, -1, Integer.MAX_VALUE}, 4)
                .write(file);
        return file;
    }

    @Test
    void roundTripKeepsHeaderArraysShapesAndBits() throws IOException {
        ModelFile model = ModelFile.read(writeSample("toy.copse"));

        assertEquals("toy", model.modelType());
        assertEquals(ModelFile.FORMAT_VERSION, model.formatVersion());
        assertEquals(LibraryVersion.current(), model.libraryVersion());
        assertEquals(3, model.header().get("depth").asNumber().longValueExact());
        assertEquals("ünïcode", model.header().get("note").asString());
        float[] weights = model.floats("weights", 2, 3);
        float[] expected = {1.5f, -2f, 0f, Float.MIN_VALUE, 3e38f, -0f};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(weights[i]), "index " + i);
        }
        assertArrayEquals(new int[] {1, 2, -1, Integer.MAX_VALUE}, model.ints("children", 4));
        assertArrayEquals(new int[] {2, 3}, model.shape("weights"));
    }

    /** The layout a safetensors reader expects: u64 table length, JSON table, data; offsets tile the data. */
    @Test
    void fileIsLaidOutAsSafetensors() throws IOException {
        byte[] bytes = Files.readAllBytes(writeSample("toy.copse"));
        long tableLength = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(0, tableLength % 8, "table padded to 8 bytes");
        String table = new String(bytes, 8, (int) tableLength, StandardCharsets.UTF_8);
        assertTrue(table.contains("\"weights\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}"), table);
        assertTrue(table.contains("\"children\":{\"dtype\":\"I32\",\"shape\":[4],\"data_offsets\":[24,40]}"), table);
        assertEquals(8 + tableLength + 40, bytes.length);
        // 1.5f little-endian is 00 00 c0 3f.
        int data = 8 + (int) tableLength;
        assertArrayEquals(new byte[] {0, 0, (byte) 0xc0, 0x3f}, java.util.Arrays.copyOfRange(bytes, data, data + 4));
    }

    @Test
    void writingLeavesNoTemporaryFilesAndReplacesAtomically() throws IOException {
        writeSample("toy.copse");
        writeSample("toy.copse");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("toy.copse")), files.toList());
        }
    }

    @Test
    void everyFlippedDataOrHeaderByteIsDetected() throws IOException {
        byte[] good = Files.readAllBytes(writeSample("toy.copse"));
        long tableLength = ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getLong();
        String table = new String(good, 8, (int) tableLength, StandardCharsets.UTF_8);
        int significant = 8 + table.stripTrailing().length();
        for (int i = 0; i < good.length; i++) {
            if (i >= significant && i < 8 + tableLength) {
                continue; // padding spaces carry no meaning
            }
            byte[] bad = good.clone();
            bad[i] ^= 0x10;
            int at = i;
            assertThrows(ModelFileException.class, () -> ModelFileReader.parse(bad, "bad.copse"), () -> "byte " + at);
        }
    }

    @Test
    void truncationsAreReportedWithTheFileName() throws IOException {
        byte[] good = Files.readAllBytes(writeSample("toy.copse"));
        for (int length = 0; length < good.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(good, length);
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.parse(cut, "cut.copse"));
            assertTrue(e.getMessage().startsWith("cut.copse: "), e.getMessage());
        }
    }

    @Test
    void hugeDeclaredTableIsRefusedBeforeAllocating() {
        byte[] bytes = new byte[16];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(Long.MAX_VALUE);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFileReader.parse(bytes, "huge"));
        assertTrue(e.problem().contains("declares an array table"), e.getMessage());
    }

    @Test
    void nonFiniteWeightsAreRefusedWhenRead() throws IOException {
        Path file = dir.resolve("nan.copse");
        new ModelFileWriter("toy", JsonObject.empty()).put("w", new float[] {1f, Float.NaN}, 2).write(file);
        ModelFile model = ModelFile.read(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> model.floats("w", 2));
        assertEquals(file + ": array 'w' holds NaN at index 1; model weights must be finite", e.getMessage());
    }

    @Test
    void wrongTypeShapeOrMissingArrayAreNamed() throws IOException {
        ModelFile model = ModelFile.read(writeSample("toy.copse"));
        assertTrue(assertThrows(ModelFileException.class, () -> model.ints("weights", 2, 3)).problem()
                .contains("is F32, expected I32"));
        assertTrue(assertThrows(ModelFileException.class, () -> model.floats("weights", 3, 2)).problem()
                .contains("has shape [2, 3], expected [3, 2]"));
        assertTrue(assertThrows(ModelFileException.class, () -> model.floats("bias", 3)).problem()
                .contains("has no array 'bias'"));
        assertTrue(assertThrows(ModelFileException.class, () -> model.requireType("soft-forest")).problem()
                .contains("holds a toy model, not a soft-forest"));
    }

    @Test
    void newerFormatVersionAsksForAnUpgrade() throws IOException {
        byte[] bytes = Files.readAllBytes(writeSample("toy.copse"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("\"copse.format_version\":\"1\"", "\"copse.format_version\":\"9\"");
        ModelFileException e = assertThrows(ModelFileException.class,
                () -> ModelFileReader.parse(text.getBytes(StandardCharsets.ISO_8859_1), "future.copse"));
        assertTrue(e.problem().contains("version 9, newer than this Copse reads (1); upgrade Copse"), e.getMessage());
    }

    @Test
    void otherSafetensorsAndOtherFilesAreNotCopseModels() {
        byte[] notJson = "\u0004\0\0\0\0\0\0\0abcd".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(ModelFileException.class, () -> ModelFileReader.parse(notJson, "x")).problem()
                .contains("malformed JSON"));
        String table = "{\"__metadata__\":{\"copse.magic\":\"other\"}}";
        ByteBuffer buffer = ByteBuffer.allocate(8 + table.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(table.length()).put(table.getBytes(StandardCharsets.US_ASCII));
        assertTrue(assertThrows(ModelFileException.class, () -> ModelFileReader.parse(buffer.array(), "x")).problem()
                .contains("not a Copse model"));
        assertThrows(ModelFileException.class, () -> ModelFile.read(dir.resolve("missing.copse")));
    }

    /** Random mutations of a valid file: every outcome is a verified model or a ModelFileException. */
    @Test
    void mutatedFilesNeverEscapeAsOtherExceptions() throws IOException {
        byte[] good = Files.readAllBytes(writeSample("toy.copse"));
        SplittableRandom random = new SplittableRandom(7);
        int rejected = 0;
        int cases = 3000;
        for (int c = 0; c < cases; c++) {
            byte[] bad = good.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                ModelFileReader.parse(bad, "fuzz.copse");
            } catch (ModelFileException expected) {
                rejected++;
            }
        }
        // Only edits that land in the padding, or rewrite a byte to itself, may leave a readable file.
        assertTrue(rejected > cases * 0.9, "rejected " + rejected + " of " + cases);
    }
}
