package dev.copse.core.data.idx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Hostile IDX bytes: random edits, truncations and appended junk in raw and gzipped images and labels files.
 * Every case must end either in a dataset that is consistent with its files or in a {@link DataFileException}
 * that names the damaged file; nothing else may escape (no other exception, no OutOfMemoryError from a
 * declared size, no hang).
 */
class IdxFuzzTest {

    private static final int CASES_PER_FILE = 2500;
    private static final List<String> CLASSES = List.of("a", "b", "c");

    private final IdxArray images = IdxFixtures.images(5, 4, 4, 3);
    private final IdxArray labels = IdxFixtures.labels(0, 1, 2, 1, 0);

    @Test
    void damagedImagesOrLabelsAreReadConsistentlyOrRefusedNamingTheFile() {
        SplittableRandom random = new SplittableRandom(2026);
        int refused = 0;
        int cases = 0;
        for (boolean gzip : new boolean[] {false, true}) {
            byte[] goodImages = gzip ? IdxWriter.encodeGzip(images) : IdxWriter.encode(images);
            byte[] goodLabels = gzip ? IdxWriter.encodeGzip(labels) : IdxWriter.encode(labels);
            for (int c = 0; c < CASES_PER_FILE; c++) {
                refused += attempt(damage(goodImages, random), "images.idx", goodLabels, "labels.idx", "images.idx");
                refused += attempt(goodImages, "images.idx", damage(goodLabels, random), "labels.idx", "labels.idx");
                cases += 2;
            }
        }
        System.out.printf("IDX fuzz: %d cases, %d refused with a message naming the file%n", cases, refused);
        assertTrue(refused > cases / 2, "most damage must be caught: refused " + refused + " of " + cases);
    }

    /** Returns 1 if refused, 0 if read; fails the test on anything else. */
    private static int attempt(byte[] imageBytes, String imagesName, byte[] labelBytes, String labelsName,
                               String damaged) {
        try {
            IdxArray readImages = IdxReader.read(imageBytes, imagesName);
            IdxArray readLabels = IdxReader.read(labelBytes, labelsName);
            Dataset data = IdxDatasets.decode(readImages, imagesName, readLabels, labelsName, CLASSES, "fuzz");
            assertEquals(readImages.dim(0), data.size());
            assertEquals(readImages.dim(1) * readImages.dim(2), data.numFeatures());
            for (int i = 0; i < data.size(); i++) {
                assertTrue(data.label(i) >= 0 && data.label(i) < CLASSES.size());
            }
            return 0;
        } catch (DataFileException expected) {
            assertTrue(expected.getMessage().contains(damaged) || expected.getMessage().contains(imagesName),
                    "message must name the file: " + expected.getMessage());
            return 1;
        }
    }

    private static byte[] damage(byte[] good, SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                return Arrays.copyOf(good, random.nextInt(good.length));
            }
            case 1 -> {
                byte[] longer = Arrays.copyOf(good, good.length + 1 + random.nextInt(16));
                for (int i = good.length; i < longer.length; i++) {
                    longer[i] = (byte) random.nextInt(256);
                }
                return longer;
            }
            case 2 -> {
                // A huge declared dimension in the header (first dimension of a raw file; garbage in a gzip one).
                byte[] bad = good.clone();
                int at = 4 + random.nextInt(Math.min(8, bad.length - 4));
                bad[at] = (byte) (0x40 + random.nextInt(0x40));
                return bad;
            }
            default -> {
                byte[] bad = good.clone();
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits; e++) {
                    bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
                }
                return bad;
            }
        }
    }
}
