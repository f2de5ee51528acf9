package dev.copse.core.modelfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Files written by earlier releases stay readable. {@code format-v1-toy.copse} was written once by format
 * version 1 and committed; it must never be regenerated, so a reader change that breaks old files fails here.
 */
class FormatCompatibilityTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FormatCompatibilityTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    @Test
    void formatVersionOneFileStillReads() throws IOException {
        ModelFile model = ModelFileReader.parse(resource("format-v1-toy.copse"), "format-v1-toy.copse");

        assertEquals(1, model.formatVersion());
        assertEquals("toy", model.modelType());
        assertEquals("0.1.0-SNAPSHOT", model.libraryVersion());
        assertEquals(3, model.header().get("depth").asNumber().longValueExact());
        assertEquals("written by format version 1", model.header().get("note").asString());
        assertArrayEquals(new float[] {1.5f, -2f, 0f, 0.25f, 3e38f, -0f}, model.floats("weights", 2, 3));
        assertArrayEquals(new int[] {1, 2, -1, 7}, model.ints("children", 4));
    }
}
