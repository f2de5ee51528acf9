package dev.copse.core.data.idx;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.data.Sha256;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

/**
 * Turns a pair of IDX files (images {@code [n][rows][columns]}, labels {@code [n]}) into a
 * {@link Dataset}, and back.
 *
 * <p>Pixels become floats in {@code [0, 1]}: byte value {@code b} becomes {@code b / 255f}. Images get
 * the {@link ImageShape} {@code 1 x rows x columns} and pixel feature names. The provenance hash is the
 * SHA-256 of the uncompressed images file followed by the uncompressed labels file.
 *
 * <p>Checks, each a {@link DataFileException} naming the file: images have 3 dimensions and labels 1,
 * both hold the same number of items, there is at least one, and every label indexes a class name.
 *
 * <p>Thread-safety: stateless, safe from any thread.
 */
public final class IdxDatasets {

    private static final float[] PIXEL_VALUE = new float[256];

    static {
        for (int b = 0; b < 256; b++) {
            PIXEL_VALUE[b] = b / 255f;
        }
    }

    private IdxDatasets() {
    }

    /**
     * Reads an images file and a labels file (each raw or gzip) into a dataset.
     *
     * @param classNames class names, index = label; labels at or above their count are an error
     * @param source     description for the provenance, e.g. {@code "mnist train"}
     * @throws DataFileException if either file is malformed or they do not fit together
     * @throws IOException       if a file cannot be read
     */
    public static Dataset read(Path images, Path labels, List<String> classNames, String source)
            throws IOException {
        return decode(IdxReader.read(images), images.toString(), IdxReader.read(labels), labels.toString(),
                classNames, source);
    }

    /**
     * Builds a dataset from already-parsed IDX arrays; the names are used in messages.
     *
     * @throws DataFileException if the arrays do not have the shapes and labels described above
     */
    public static Dataset decode(IdxArray images, String imagesName, IdxArray labels, String labelsName,
                                 List<String> classNames, String source) throws DataFileException {
        if (images.rank() != 3) {
            throw new DataFileException(imagesName, "has " + images.rank()
                    + " dimensions; an images file needs 3 (count, rows, columns)");
        }
        if (labels.rank() != 1) {
            throw new DataFileException(labelsName, "has " + labels.rank()
                    + " dimensions; a labels file needs 1 (count)");
        }
        int n = images.dim(0);
        if (n != labels.dim(0)) {
            throw new DataFileException(imagesName, "holds " + n + " images but " + labelsName + " holds "
                    + labels.dim(0) + " labels; the two files must describe the same items");
        }
        if (n == 0) {
            throw new DataFileException(imagesName, "holds no images");
        }
        if (images.dim(1) == 0 || images.dim(2) == 0) {
            throw new DataFileException(imagesName, "holds images of " + images.dim(1) + " x " + images.dim(2)
                    + " pixels; both sides must be at least 1");
        }
        for (int i = 0; i < n; i++) {
            if (labels.unsignedByte(i) >= classNames.size()) {
                throw new DataFileException(labelsName, "label " + labels.unsignedByte(i) + " at item " + i
                        + " is outside [0, " + classNames.size() + "), the range of the classes " + classNames);
            }
        }
        ImageShape shape = new ImageShape(1, images.dim(1), images.dim(2));
        int d = shape.size();
        Dataset.Builder builder = Dataset.builder(n, d).classNames(classNames).imageShape(shape)
                .provenance(new Provenance(source, sha256(images, labels)));
        byte[] pixels = images.data();
        float[] row = new float[d];
        for (int i = 0; i < n; i++) {
            int base = i * d;
            for (int j = 0; j < d; j++) {
                row[j] = PIXEL_VALUE[pixels[base + j] & 0xFF];
            }
            builder.setRow(i, row, 0).label(i, labels.unsignedByte(i));
        }
        return builder.build();
    }

    /**
     * An images file and its labels file, as parsed arrays.
     *
     * @param images {@code [n][rows][columns]} unsigned bytes
     * @param labels {@code [n]} unsigned bytes
     */
    public record ImagesAndLabels(IdxArray images, IdxArray labels) {
    }

    /**
     * The IDX arrays of a dataset of single-channel images whose features are 8-bit pixel values
     * {@code b / 255}.
     *
     * @throws IllegalArgumentException if the dataset has no single-channel image shape, a feature is
     *                                  not within 0.001 of some {@code b / 255}, or a label exceeds 255
     */
    public static ImagesAndLabels encode(Dataset data) {
        ImageShape shape = data.imageShape().orElseThrow(() -> new IllegalArgumentException(
                "only image datasets can be written as IDX; this one has no image shape"));
        if (shape.channels() != 1) {
            throw new IllegalArgumentException("IDX images have one channel; this dataset has " + shape);
        }
        float[] x = data.features();
        byte[] pixels = new byte[x.length];
        for (int k = 0; k < x.length; k++) {
            float scaled = x[k] * 255f;
            int b = Math.round(scaled);
            if (b < 0 || b > 255 || Math.abs(scaled - b) > 1e-3f) {
                throw new IllegalArgumentException("feature at row " + k / shape.size() + ", column "
                        + k % shape.size() + " is " + x[k] + ", not an 8-bit pixel value b / 255");
            }
            pixels[k] = (byte) b;
        }
        byte[] labelBytes = new byte[data.size()];
        for (int i = 0; i < data.size(); i++) {
            if (data.label(i) > 255) {
                throw new IllegalArgumentException("label " + data.label(i) + " at row " + i
                        + " does not fit an IDX unsigned byte");
            }
            labelBytes[i] = (byte) data.label(i);
        }
        return new ImagesAndLabels(
                new IdxArray(new int[] {data.size(), shape.height(), shape.width()}, pixels),
                new IdxArray(new int[] {data.size()}, labelBytes));
    }

    /** Writes {@link #encode(Dataset)} as two gzip IDX files, each atomically. */
    public static void writeGzip(Dataset data, Path images, Path labels) throws IOException {
        ImagesAndLabels arrays = encode(data);
        IdxWriter.writeGzip(images, arrays.images());
        IdxWriter.writeGzip(labels, arrays.labels());
    }

    private static String sha256(IdxArray images, IdxArray labels) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(IdxWriter.header(images));
        digest.update(images.data());
        digest.update(IdxWriter.header(labels));
        digest.update(labels.data());
        return Sha256.hex(digest);
    }
}
