package dev.copse.cnn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmentationTest {

    /** A 3x3 image 1..9; every crop with padding 1 is the image shifted by at most one pixel, zero-filled. */
    @Test
    void cropsAreShiftsWithinThePaddingAndCoverThemAll() {
        float[] image = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        Augmentation crop = Augmentation.crop(1);
        SplittableRandom random = new SplittableRandom(1);
        Set<String> shifts = new HashSet<>();
        for (int trial = 0; trial < 200; trial++) {
            float[] out = new float[9];
            crop.apply(image, 0, out, 0, 1, 3, 3, random);
            // The centre pixel tells the shift: it shows the original pixel (1 + dy, 1 + dx).
            int source = (int) out[4] - 1;
            int dy = source / 3 - 1;
            int dx = source % 3 - 1;
            shifts.add(dy + "," + dx);
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    int sy = y + dy;
                    int sx = x + dx;
                    float expected = sy >= 0 && sy < 3 && sx >= 0 && sx < 3 ? image[sy * 3 + sx] : 0f;
                    assertEquals(expected, out[y * 3 + x]);
                }
            }
        }
        assertEquals(9, shifts.size());
    }

    @Test
    void flipMirrorsRowsAndNoneCopies() {
        float[] image = {1, 2, 3, 4, 5, 6};
        float[] out = new float[6];
        Augmentation flip = new Augmentation(0, true);
        boolean flipped = false;
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < 20; trial++) {
            flip.apply(image, 0, out, 0, 1, 2, 3, random);
            flipped |= out[0] == 3f;
            assertTrue(out[0] == 1f || out[0] == 3f);
        }
        assertTrue(flipped);
        Augmentation.none().apply(image, 0, out, 0, 1, 2, 3, random);
        assertArrayEquals(image, out);
    }
}
