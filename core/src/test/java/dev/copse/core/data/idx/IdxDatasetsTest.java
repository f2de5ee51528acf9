package dev.copse.core.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.data.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxDatasetsTest {

    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @TempDir
    Path dir;

    @Test
    void pixelsBecomeFloatsInUnitRangeWithImageShape() throws IOException {
        IdxArray images = IdxArray.ofUnsignedBytes(new int[] {2, 1, 3},
                new byte[] {0, (byte) 255, 51, (byte) 128, 1, 2});
        Dataset data = IdxDatasets.decode(images, "img", IdxFixtures.labels(7, 3), "lab", DIGITS, "hand");
        assertArrayEquals(new float[] {0f, 1f, 0.2f, 128 / 255f, 1 / 255f, 2 / 255f}, data.features());
        assertArrayEquals(new int[] {7, 3}, data.labels());
        assertEquals(new ImageShape(1, 1, 3), data.imageShape().orElseThrow());
        assertEquals("pixel_0_2", data.featureNames().get(2));
        assertEquals(DIGITS, data.classNames());
    }

    @Test
    void provenanceHashesTheUncompressedFilesWhetherRawOrGzipped() throws IOException {
        IdxArray images = IdxFixtures.images(4, 2, 2, 5);
        IdxArray labels = IdxFixtures.labels(1, 0, 1, 0);
        IdxWriter.writeRaw(dir.resolve("i"), images);
        IdxWriter.writeRaw(dir.resolve("l"), labels);
        IdxWriter.writeGzip(dir.resolve("i.gz"), images);
        IdxWriter.writeGzip(dir.resolve("l.gz"), labels);
        byte[] both = IdxReaderTest.concat(Files.readAllBytes(dir.resolve("i")), Files.readAllBytes(dir.resolve("l")));
        String expected = Sha256.hex(both);
        Provenance raw = IdxDatasets.read(dir.resolve("i"), dir.resolve("l"), DIGITS, "raw").provenance();
        Provenance gz = IdxDatasets.read(dir.resolve("i.gz"), dir.resolve("l.gz"), DIGITS, "gz").provenance();
        assertEquals(expected, raw.sha256());
        assertEquals(expected, gz.sha256());
        assertEquals("raw", raw.source());
    }

    @Test
    void countMismatchNamesBothFiles() {
        var e = assertThrows(DataFileException.class, () -> IdxDatasets.decode(IdxFixtures.images(3, 2, 2, 1),
                "/d/images", IdxFixtures.labels(1, 2), "/d/labels", DIGITS, "x"));
        assertEquals("/d/images", e.file());
        assertTrue(e.getMessage().contains("holds 3 images but /d/labels holds 2 labels"), e.getMessage());
    }

    @Test
    void labelOutOfRangeNamesTheLabelsFileAndItem() {
        var e = assertThrows(DataFileException.class, () -> IdxDatasets.decode(IdxFixtures.images(3, 2, 2, 1),
                "/d/images", IdxFixtures.labels(1, 2, 10), "/d/labels", DIGITS, "x"));
        assertTrue(e.getMessage().startsWith("/d/labels: label 10 at item 2 is outside [0, 10)"), e.getMessage());
    }

    @Test
    void wrongRanksAndEmptyFilesAreRejected() {
        var flat = assertThrows(DataFileException.class, () -> IdxDatasets.decode(IdxFixtures.labels(1, 2),
                "/d/images", IdxFixtures.labels(1, 2), "/d/labels", DIGITS, "x"));
        assertTrue(flat.getMessage().startsWith("/d/images: has 1 dimensions"), flat.getMessage());
        var none = assertThrows(DataFileException.class, () -> IdxDatasets.decode(
                IdxArray.ofUnsignedBytes(new int[] {0, 2, 2}, new byte[0]), "/d/images",
                IdxArray.ofUnsignedBytes(new int[] {0}, new byte[0]), "/d/labels", DIGITS, "x"));
        assertTrue(none.getMessage().startsWith("/d/images: holds no images"), none.getMessage());
    }

    @Test
    void encodeDecodeRoundTripsAndRejectsNonPixels() throws IOException {
        Dataset data = IdxDatasets.decode(IdxFixtures.images(6, 4, 5, 3), "i", IdxFixtures.labels(0, 1, 2, 3, 4, 5),
                "l", DIGITS, "orig");
        IdxDatasets.writeGzip(data, dir.resolve("i.gz"), dir.resolve("l.gz"));
        Dataset back = IdxDatasets.read(dir.resolve("i.gz"), dir.resolve("l.gz"), DIGITS, "back");
        assertArrayEquals(data.features(), back.features());
        assertArrayEquals(data.labels(), back.labels());
        assertEquals(data.provenance().sha256(), back.provenance().sha256());

        Dataset notPixels = Dataset.of(new float[] {0.5f}, new int[] {0}, List.of("a"), List.of("p"),
                new ImageShape(1, 1, 1), data.provenance());
        var e = assertThrows(IllegalArgumentException.class, () -> IdxDatasets.encode(notPixels));
        assertTrue(e.getMessage().contains("row 0, column 0 is 0.5"), e.getMessage());
    }

    @Test
    void gzipOutputIsDeterministicWithoutTimestamp() {
        IdxArray images = IdxFixtures.images(20, 28, 28, 4);
        byte[] first = IdxWriter.encodeGzip(images);
        byte[] second = IdxWriter.encodeGzip(images);
        assertArrayEquals(first, second);
        assertArrayEquals(new byte[4], Arrays.copyOfRange(first, 4, 8), "gzip MTIME field must be zero");
    }
}
