package dev.copse.examples.cli.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapsTest {

    /** The largest positive value is pure red, the most negative pure blue, zero white; cells are scaled. */
    @Test
    void divergingTileColoursBySignAndMagnitude() {
        float[][] values = {{2f, 0f}, {-2f, 1f}};
        BufferedImage image = HeatMaps.grid(List.of(new HeatMaps.Tile("t", values, true)), 1, 3);
        int x0 = 6;
        int y0 = 6;
        assertEquals(0xff0000, image.getRGB(x0, y0) & 0xffffff);
        assertEquals(0xff0000, image.getRGB(x0 + 2, y0 + 2) & 0xffffff);
        assertEquals(0xffffff, image.getRGB(x0 + 3, y0) & 0xffffff);
        assertEquals(0x0000ff, image.getRGB(x0, y0 + 3) & 0xffffff);
        assertEquals(HeatMaps.diverging(1f, 2f), image.getRGB(x0 + 5, y0 + 5) & 0xffffff);
        assertEquals(0xff8080, HeatMaps.diverging(1f, 2f));
    }

    @Test
    void greyTileGoesFromWhiteToBlack() {
        float[][] values = {{0f, 1f}};
        BufferedImage image = HeatMaps.grid(List.of(new HeatMaps.Tile("t", values, false)), 1, 1);
        assertEquals(0xffffff, image.getRGB(6, 6) & 0xffffff);
        assertEquals(0x000000, image.getRGB(7, 6) & 0xffffff);
    }

    @Test
    void tilesMustShareASize() {
        List<HeatMaps.Tile> tiles = List.of(new HeatMaps.Tile("a", new float[2][2], true),
                new HeatMaps.Tile("b", new float[3][2], true));
        assertThrows(IllegalArgumentException.class, () -> HeatMaps.grid(tiles, 2, 1));
    }
}
