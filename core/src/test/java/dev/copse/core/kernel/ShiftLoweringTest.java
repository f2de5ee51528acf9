package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ShiftLowering} must agree with the reference lowering {@link Im2col}: exactly for im2col, to float
 * rounding for col2im, on fixed awkward geometries (stride 1 to 3, odd and even sizes, dilation, rectangular
 * kernels, a kernel without a centre tap) and on random ones.
 */
class ShiftLoweringTest {

    private static final List<ConvGeometry> FIXED = List.of(
            ConvGeometry.square(3, 5, 7, 3, 1, 1),
            ConvGeometry.square(2, 6, 6, 5, 1, 2),
            new ConvGeometry(2, 7, 5, 3, 3, 1, 1, 2, 2, 2, 2),
            new ConvGeometry(2, 4, 6, 3, 1, 1, 1, 1, 0, 1, 1),
            new ConvGeometry(1, 5, 5, 2, 2, 1, 1, 1, 1, 2, 2),
            ConvGeometry.square(2, 1, 1, 3, 1, 1),
            ConvGeometry.square(3, 8, 8, 3, 2, 1),
            ConvGeometry.square(2, 7, 5, 3, 2, 1),
            ConvGeometry.square(2, 7, 6, 1, 2, 0),
            new ConvGeometry(2, 9, 7, 3, 3, 3, 2, 1, 1, 1, 1),
            new ConvGeometry(1, 9, 9, 5, 5, 3, 3, 2, 2, 1, 1));

    /** Random geometries the shift lowering accepts: at least 60 of them, drawn with a fixed seed. */
    private static List<ConvGeometry> randomGeometries() {
        Random random = new Random(7);
        List<ConvGeometry> accepted = new ArrayList<>();
        while (accepted.size() < 60) {
            int kh = 1 + random.nextInt(5);
            int kw = 1 + random.nextInt(5);
            int dh = 1 + random.nextInt(2);
            int dw = 1 + random.nextInt(2);
            int sh = 1 + random.nextInt(3);
            int sw = 1 + random.nextInt(3);
            int ph = random.nextInt(1 + dh * (kh - 1));
            int pw = random.nextInt(1 + dw * (kw - 1));
            int h = 1 + random.nextInt(12);
            int w = 1 + random.nextInt(12);
            if (h + 2 * ph < dh * (kh - 1) + 1 || w + 2 * pw < dw * (kw - 1) + 1) {
                continue;
            }
            ConvGeometry g = new ConvGeometry(1 + random.nextInt(3), h, w, kh, kw, sh, sw, ph, pw, dh, dw);
            if (ShiftLowering.supports(g)) {
                accepted.add(g);
            }
        }
        return accepted;
    }

    private static List<ConvGeometry> all() {
        List<ConvGeometry> all = new ArrayList<>(FIXED);
        all.addAll(randomGeometries());
        return all;
    }

    @Test
    void im2colEqualsReference() {
        Random random = new Random(1);
        for (ConvGeometry g : all()) {
            float[] image = random(random, 3 + g.imageSize());
            float[] expected = new float[g.columnSize()];
            Im2col.im2col(g, image, 3, expected, 0);
            float[] actual = random(random, g.columnSize());
            ShiftLowering lowering = ShiftLowering.of(g);
            lowering.im2col(image, 3, actual, new float[lowering.phaseSize()]);
            assertArrayEquals(expected, actual, g.toString());
        }
    }

    @Test
    void col2imEqualsReferenceAndOverwritesOnlyItsImage() {
        Random random = new Random(2);
        for (ConvGeometry g : all()) {
            float[] columns = random(random, g.columnSize());
            float[] expected = new float[2 + g.imageSize() + 1];
            Im2col.col2im(g, columns, 0, expected, 2);
            float[] actual = random(random, expected.length);
            expected[0] = actual[0];
            expected[1] = actual[1];
            expected[expected.length - 1] = actual[actual.length - 1];
            ShiftLowering lowering = ShiftLowering.of(g);
            lowering.col2im(columns.clone(), actual, 2, new float[lowering.phaseSize()]);
            assertArrayEquals(expected, actual, 1e-5f, g.toString());
        }
    }

    @Test
    void stridedResNetGeometryNeedsPhases() {
        ConvGeometry g = ConvGeometry.square(16, 28, 28, 3, 2, 1);
        assertEquals(16 * 4 * 14 * 14, ShiftLowering.of(g).phaseSize());
        assertEquals(0, ShiftLowering.of(ConvGeometry.square(16, 28, 28, 3, 1, 1)).phaseSize());
    }

    @Test
    void declinesOtherGeometries() {
        assertFalse(ShiftLowering.supports(ConvGeometry.square(1, 6, 6, 3, 2, 0)));
        assertTrue(ShiftLowering.supports(ConvGeometry.square(1, 6, 6, 3, 1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ShiftLowering.of(ConvGeometry.square(1, 6, 6, 3, 1, 0)));
        assertTrue(e.getMessage().contains("Im2col"), e.getMessage());
    }

    @Test
    void shortBuffersAreRejectedByName() {
        ConvGeometry g = ConvGeometry.square(2, 6, 6, 3, 2, 1);
        ShiftLowering lowering = ShiftLowering.of(g);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lowering.im2col(
                new float[g.imageSize()], 0, new float[g.columnSize()], new float[lowering.phaseSize() - 1]));
        assertTrue(e.getMessage().contains("phases"), e.getMessage());
    }
}
