package dev.copse.core.data.load;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.idx.IdxArray;
import dev.copse.core.data.idx.IdxDatasets;
import dev.copse.core.data.idx.IdxReader;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder holding a train/test pair as IDX files under the conventional MNIST names
 * {@value #TRAIN_IMAGES}, {@value #TRAIN_LABELS}, {@value #TEST_IMAGES} and {@value #TEST_LABELS}, each
 * either raw or gzipped with {@code .gz} appended (the content decides how it is read, see
 * {@link IdxReader}).
 *
 * <p>Stateless and thread-safe.
 */
public final class IdxFolder {

    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

    private static final List<String> NAMES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    private IdxFolder() {
    }

    /**
     * Loads the four files of {@code folder}. Classes are named {@code "0"} up to the largest label found
     * in either labels file.
     *
     * @param name     how the data is called in provenance, e.g. the folder as the user typed it
     * @throws DataFileException if a file is missing (the message lists the names looked for), present both
     *                           raw and gzipped, or malformed
     * @throws IOException       if a file cannot be read
     */
    public static TrainTest load(Path folder, String name, ProgressListener listener) throws IOException {
        return load(folder, null, name, listener);
    }

    /**
     * Loads the four files of {@code folder} with the given class names; a label outside them is an error.
     *
     * @param classNames class names, index = label, or null to name classes by number as above
     * @see #load(Path, String, ProgressListener)
     */
    public static TrainTest load(Path folder, List<String> classNames, String name, ProgressListener listener)
            throws IOException {
        List<Path> files = locate(folder);
        String task = "load " + name;
        IdxArray[] arrays = new IdxArray[files.size()];
        listener.onProgress(new ProgressEvent(task, 0, files.size(), ""));
        for (int i = 0; i < files.size(); i++) {
            arrays[i] = IdxReader.read(files.get(i));
            listener.onProgress(new ProgressEvent(task, i + 1, files.size(), files.get(i).getFileName().toString()));
        }
        List<String> classes = classNames != null ? classNames : numberedClasses(arrays[1], arrays[3]);
        Dataset train = IdxDatasets.decode(arrays[0], files.get(0).toString(), arrays[1], files.get(1).toString(),
                classes, name + " train");
        Dataset test = IdxDatasets.decode(arrays[2], files.get(2).toString(), arrays[3], files.get(3).toString(),
                classes, name + " test");
        return new TrainTest(train, test);
    }

    /**
     * The paths of the four files in the order train images, train labels, test images, test labels.
     *
     * @throws DataFileException if the folder does not exist, a file is missing, or one is there both raw
     *                           and gzipped
     */
    public static List<Path> locate(Path folder) throws DataFileException {
        if (!Files.isDirectory(folder)) {
            throw new DataFileException(folder.toString(), "is not a folder; expected a folder holding "
                    + String.join(", ", NAMES) + " (each optionally gzipped, ending in .gz)");
        }
        List<Path> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String base : NAMES) {
            Path raw = folder.resolve(base);
            Path gzip = folder.resolve(base + ".gz");
            boolean hasRaw = Files.isRegularFile(raw);
            boolean hasGzip = Files.isRegularFile(gzip);
            if (hasRaw && hasGzip) {
                throw new DataFileException(folder.toString(), "holds both " + base + " and " + base
                        + ".gz; keep one of them so it is clear which to read");
            }
            if (hasRaw || hasGzip) {
                found.add(hasRaw ? raw : gzip);
            } else {
                missing.add(base + " (or " + base + ".gz)");
            }
        }
        if (!missing.isEmpty()) {
            throw new DataFileException(folder.toString(), "lacks " + String.join(", ", missing)
                    + "; Copse looks for the four files " + String.join(", ", NAMES)
                    + ", each raw or gzipped with .gz appended");
        }
        return List.copyOf(found);
    }

    private static List<String> numberedClasses(IdxArray trainLabels, IdxArray testLabels) {
        int max = 0;
        for (IdxArray labels : new IdxArray[] {trainLabels, testLabels}) {
            for (int i = 0; i < labels.length(); i++) {
                max = Math.max(max, labels.unsignedByte(i));
            }
        }
        List<String> names = new ArrayList<>(max + 1);
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }
}
