package dev.copse.examples.cli.explain;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Heat maps as pixels: a grid of labelled tiles, each a matrix of values drawn cell by cell as a
 * {@code scale x scale} square, written as PNG with {@code javax.imageio}. A diverging tile is blue for
 * negative values, white for zero and red for positive ones, scaled by the tile's largest magnitude (so
 * colours compare within a tile, not across tiles); a grey tile goes from white (smallest) to black
 * (largest), as an MNIST digit is drawn.
 */
final class HeatMaps {

    private static final int LABEL_HEIGHT = 16;
    private static final int GAP = 6;

    /** One tile: a caption and a {@code rows x columns} matrix. */
    record Tile(String label, float[][] values, boolean diverging) {
    }

    private HeatMaps() {
    }

    /** The tiles laid out row by row, {@code columns} to a row. All tiles must have the same size. */
    static BufferedImage grid(List<Tile> tiles, int columns, int scale) {
        if (tiles.isEmpty() || columns < 1 || scale < 1) {
            throw new IllegalArgumentException("a heat map grid needs tiles, columns >= 1 and scale >= 1");
        }
        int h = tiles.get(0).values().length;
        int w = tiles.get(0).values()[0].length;
        int cellW = w * scale + GAP;
        int cellH = h * scale + LABEL_HEIGHT + GAP;
        int cols = Math.min(columns, tiles.size());
        int rows = (tiles.size() + cols - 1) / cols;
        BufferedImage image = new BufferedImage(cols * cellW + GAP, rows * cellH + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int t = 0; t < tiles.size(); t++) {
                Tile tile = tiles.get(t);
                if (tile.values().length != h || tile.values()[0].length != w) {
                    throw new IllegalArgumentException("tile " + tile.label() + " is not " + h + " x " + w);
                }
                int x0 = GAP + (t % cols) * cellW;
                int y0 = GAP + (t / cols) * cellH;
                paint(image, tile, x0, y0, scale);
                g.setColor(Color.BLACK);
                g.drawString(tile.label(), x0, y0 + h * scale + LABEL_HEIGHT - 4);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    static void writePng(List<Tile> tiles, int columns, int scale, Path file) throws IOException {
        if (!ImageIO.write(grid(tiles, columns, scale), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    private static void paint(BufferedImage image, Tile tile, int x0, int y0, int scale) {
        float[][] v = tile.values();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        float magnitude = 0f;
        for (float[] row : v) {
            for (float value : row) {
                min = Math.min(min, value);
                max = Math.max(max, value);
                magnitude = Math.max(magnitude, Math.abs(value));
            }
        }
        for (int r = 0; r < v.length; r++) {
            for (int c = 0; c < v[r].length; c++) {
                int rgb = tile.diverging() ? diverging(v[r][c], magnitude) : grey(v[r][c], min, max);
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        image.setRGB(x0 + c * scale + dx, y0 + r * scale + dy, rgb);
                    }
                }
            }
        }
    }

    /** Blue through white to red; {@code magnitude} maps to full colour. */
    static int diverging(float value, float magnitude) {
        float t = magnitude > 0f ? Math.max(-1f, Math.min(1f, value / magnitude)) : 0f;
        int fade = Math.round(255 * (1 - Math.abs(t)));
        return t >= 0 ? rgb(255, fade, fade) : rgb(fade, fade, 255);
    }

    private static int grey(float value, float min, float max) {
        float t = max > min ? (value - min) / (max - min) : 0f;
        int level = Math.round(255 * (1 - t));
        return rgb(level, level, level);
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }
}
