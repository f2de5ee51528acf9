package dev.copse.core.data.load;

import dev.copse.core.data.DataFileException;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Sha256;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.core.data.idx.IdxArray;
import dev.copse.core.data.idx.IdxDatasets;
import dev.copse.core.data.idx.IdxReader;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The dataset that ships inside Copse, so examples and tests run without a download: a stratified
 * sample of MNIST, 6,000 training images from the 60,000 of the MNIST training set and 1,000 test images
 * from the 10,000 of its test set, gzipped IDX files on the class path under {@value #RESOURCE_FOLDER}.
 *
 * <p>{@code scripts/make-default-dataset.sh} makes the files (byte-identical on every run); the
 * README next to them tells how, and the licence: MNIST is by Yann LeCun, Corinna Cortes and Christopher
 * J.C. Burges, under CC BY-SA 3.0. Every load checks each file against the SHA-256 recorded here.
 *
 * <p>Stateless and thread-safe; each load decodes the files anew (about 5 MB of pixels).
 */
public final class DefaultDataset {

    /** The name users load it by. */
    public static final String NAME = "default";

    /** Class-path folder of the four files. */
    public static final String RESOURCE_FOLDER = "/dev/copse/core/data/default/";

    /** Rows in the training part. */
    public static final int TRAIN_SIZE = 6000;

    /** Rows in the test part. */
    public static final int TEST_SIZE = 1000;

    /** Seed of the stratified samples (both parts). */
    public static final long SEED = 1998L;

    /** SHA-256 of train-images-idx3-ubyte.gz. */
    public static final String TRAIN_IMAGES_SHA256 =
            "5c71af6c4dbdffc548616aa810f20ec87101f7bf568b6d634cd99cc5e345af3d";
    /** SHA-256 of train-labels-idx1-ubyte.gz. */
    public static final String TRAIN_LABELS_SHA256 =
            "178050d095dade7fe96fe7adfafd31a7bb33ac747ea221eda9491bbc9031a2fd";
    /** SHA-256 of t10k-images-idx3-ubyte.gz. */
    public static final String TEST_IMAGES_SHA256 =
            "450bfb5d7c123a7439e29541be9f6b20ab33ffe515b24132cb18b562f41bd17b";
    /** SHA-256 of t10k-labels-idx1-ubyte.gz. */
    public static final String TEST_LABELS_SHA256 =
            "55a8498ac7022fe8d6eee9d3d2b440ce5166eef9adf20cdb9d29cd62dc0b6b10";

    private DefaultDataset() {
    }

    /**
     * Loads both parts from the class path.
     *
     * @throws DataFileException if a file is missing from the class path or its hash differs (a broken
     *                           build: re-create the files with {@code scripts/make-default-dataset.sh})
     */
    public static TrainTest load(ProgressListener listener) throws IOException {
        String task = "load " + NAME;
        listener.onProgress(new ProgressEvent(task, 0, 2, ""));
        Dataset train = part(IdxFolder.TRAIN_IMAGES, TRAIN_IMAGES_SHA256, IdxFolder.TRAIN_LABELS,
                TRAIN_LABELS_SHA256, "train");
        listener.onProgress(new ProgressEvent(task, 1, 2, "train"));
        Dataset test = part(IdxFolder.TEST_IMAGES, TEST_IMAGES_SHA256, IdxFolder.TEST_LABELS,
                TEST_LABELS_SHA256, "test");
        listener.onProgress(new ProgressEvent(task, 2, 2, "test"));
        return new TrainTest(train, test);
    }

    private static Dataset part(String images, String imagesSha256, String labels, String labelsSha256,
                                String part) throws IOException {
        String imagesName = RESOURCE_FOLDER + images + ".gz";
        String labelsName = RESOURCE_FOLDER + labels + ".gz";
        IdxArray imageArray = IdxReader.read(verifiedResource(imagesName, imagesSha256), imagesName);
        IdxArray labelArray = IdxReader.read(verifiedResource(labelsName, labelsSha256), labelsName);
        List<String> digits = PublicDataset.MNIST.classNames();
        return IdxDatasets.decode(imageArray, imagesName, labelArray, labelsName, digits,
                NAME + " (stratified MNIST sample, seed " + SEED + ") " + part);
    }

    private static byte[] verifiedResource(String name, String sha256) throws IOException {
        byte[] bytes;
        try (InputStream in = DefaultDataset.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException(name, "is missing from the class path; the Copse core jar is "
                        + "incomplete (rebuild it, or re-create the files with scripts/make-default-dataset.sh)");
            }
            bytes = in.readAllBytes();
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(sha256)) {
            throw new DataFileException(name, "has SHA-256 " + actual + " but must have " + sha256
                    + "; the embedded default dataset is damaged (re-create it with "
                    + "scripts/make-default-dataset.sh, or rebuild the Copse core jar)");
        }
        return bytes;
    }
}
