package dev.copse.examples.cli.sase;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Writes one-channel images with values in [0, 1] as a grey PNG grid, row by row, 0 black and 1 white,
 * atomically (a temporary file, then a rename).
 */
final class SampleGrid {

    private SampleGrid() {
    }

    /**
     * @param images  {@code [count][side * side]} row-major
     * @param columns images per grid row
     */
    static void write(Path file, float[] images, int count, int side, int columns) throws IOException {
        int rows = (count + columns - 1) / columns;
        BufferedImage grid = new BufferedImage(columns * side, rows * side, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < count; i++) {
            int left = (i % columns) * side;
            int top = (i / columns) * side;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    float v = Math.clamp(images[i * side * side + y * side + x], 0f, 1f);
                    int grey = Math.round(255 * v);
                    grid.setRGB(left + x, top + y, (grey << 16) | (grey << 8) | grey);
                }
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            ImageIO.write(grid, "png", temporary.toFile());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
