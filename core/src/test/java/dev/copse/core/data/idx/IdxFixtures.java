package dev.copse.core.data.idx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Small IDX files for tests in this and other packages. */
public final class IdxFixtures {

    private IdxFixtures() {
    }

    /** {@code n} random images of {@code h x w} pixels. */
    public static IdxArray images(int n, int h, int w, long seed) {
        byte[] pixels = new byte[n * h * w];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) random.nextInt(256);
        }
        return IdxArray.ofUnsignedBytes(new int[] {n, h, w}, pixels);
    }

    /** A labels array holding the given values. */
    public static IdxArray labels(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return IdxArray.ofUnsignedBytes(new int[] {values.length}, bytes);
    }

    /** An IDX header: magic number with element type {@code type}, then the dimensions. */
    public static byte[] header(int type, int... dims) {
        byte[] header = new byte[4 + 4 * dims.length];
        header[2] = (byte) type;
        header[3] = (byte) dims.length;
        for (int i = 0; i < dims.length; i++) {
            header[4 + 4 * i] = (byte) (dims[i] >>> 24);
            header[5 + 4 * i] = (byte) (dims[i] >>> 16);
            header[6 + 4 * i] = (byte) (dims[i] >>> 8);
            header[7 + 4 * i] = (byte) dims[i];
        }
        return header;
    }

    /**
     * Writes a conventional four-file folder: 6 training images of 2 x 3 pixels with labels 0..2 twice,
     * 3 test images with labels 2, 1, 0; gzipped when {@code gzip}.
     */
    public static void writeFolder(Path folder, boolean gzip) throws IOException {
        write(folder.resolve("train-images-idx3-ubyte"), images(6, 2, 3, 1), gzip);
        write(folder.resolve("train-labels-idx1-ubyte"), labels(0, 1, 2, 0, 1, 2), gzip);
        write(folder.resolve("t10k-images-idx3-ubyte"), images(3, 2, 3, 2), gzip);
        write(folder.resolve("t10k-labels-idx1-ubyte"), labels(2, 1, 0), gzip);
    }

    private static void write(Path file, IdxArray array, boolean gzip) throws IOException {
        if (gzip) {
            IdxWriter.writeGzip(file.resolveSibling(file.getFileName() + ".gz"), array);
        } else {
            IdxWriter.writeRaw(file, array);
        }
    }
}
