package dev.copse.cascade.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.core.data.ImageShape;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    @Test
    void sevenBySevenWindowsAtStrideTwoOnTwentyEightByTwentyEightGiveElevenByEleven() {
        WindowGeometry g = new WindowGeometry(new ImageShape(1, 28, 28), 7, 2);
        assertEquals(11, g.positionsDown());
        assertEquals(11, g.positionsAcross());
        assertEquals(121, g.positions());
        assertEquals(49, g.instanceSize());
    }

    @Test
    void gcForestWindowSizesAtStrideOne() {
        ImageShape mnist = new ImageShape(1, 28, 28);
        assertEquals(22 * 22, new WindowGeometry(mnist, 7, 1).positions());
        assertEquals(19 * 19, new WindowGeometry(mnist, 10, 1).positions());
        assertEquals(16 * 16, new WindowGeometry(mnist, 13, 1).positions());
    }

    @Test
    void windowsThatDoNotReachTheBorderAreNotCounted() {
        // (10 - 3) / 3 + 1 = 3 down, (7 - 3) / 3 + 1 = 2 across: the last column of positions would overhang
        WindowGeometry g = new WindowGeometry(new ImageShape(1, 10, 7), 3, 3);
        assertEquals(3, g.positionsDown());
        assertEquals(2, g.positionsAcross());
    }

    @Test
    void extractCopiesTheWindowChannelByChannel() {
        ImageShape shape = new ImageShape(2, 5, 6);
        float[] images = new float[2 * shape.size()];
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 6; x++) {
                    images[shape.size() + (c * 5 + y) * 6 + x] = 1000 * c + 10 * y + x; // the second image
                }
            }
        }
        WindowGeometry g = new WindowGeometry(shape, 2, 2); // 2 x 3 positions
        float[] out = new float[1 + g.instanceSize()];

        g.extract(images, shape.size(), 5, out, 1); // position 5: row 1, column 2 -> top 2, left 4

        assertArrayEquals(new float[] {0, 24, 25, 34, 35, 1024, 1025, 1034, 1035}, out);
    }

    @Test
    void badGeometriesAreRejected() {
        ImageShape shape = new ImageShape(1, 5, 8);
        assertThrows(IllegalArgumentException.class, () -> new WindowGeometry(shape, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> new WindowGeometry(shape, 3, 0));
        WindowGeometry g = new WindowGeometry(shape, 3, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> g.extract(new float[40], 0, g.positions(),
                new float[9], 0));
    }
}
