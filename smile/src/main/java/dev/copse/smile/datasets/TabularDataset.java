package dev.copse.smile.datasets;

import dev.copse.core.data.Provenance;
import dev.copse.core.data.fetch.DebianPackage;
import java.util.List;
import java.util.Optional;

/**
 * A real tabular classification dataset that a Debian package ships as an ARFF file, with the SHA-256 of
 * that file, so {@link TabularDatasetFetcher} can fetch it and prove it is the expected one. The class is
 * the last attribute of each file.
 *
 * <p>The three benchmark datasets all come from the examples of Debian's {@code weka} package (3.6.14),
 * copies of well-known UCI Machine Learning Repository datasets.
 *
 * @param name     the name users load it by, and its cache sub-folder
 * @param title    the name for people
 * @param fileName the ARFF file's name in the package's data folder and in the cache
 * @param sha256   SHA-256 of that file's bytes
 * @param source   the package and the folder in it
 * @param summary  rows, attributes and classes, for people
 */
public record TabularDataset(String name, String title, String fileName, String sha256, DebianPackage source,
                             String summary) {

    /** Debian's Weka package; its example folder holds the ARFF files. */
    public static final DebianPackage WEKA = new DebianPackage("weka", "usr/share/doc/weka/examples");

    /**
     * German credit (Statlog; Hofmann): 1,000 loan applicants, 7 numeric and 13 nominal attributes, classes
     * good (700) and bad (300). No missing values. 63 features one-hot, 20 ordinal.
     */
    public static final TabularDataset CREDIT_G = new TabularDataset("credit-g", "German credit", "credit-g.arff",
            "bd94085134e4eb845c96b34c93ed65a223f89d089bacb273ef96f57509ce0bed", WEKA,
            "1000 rows, 7 numeric + 13 nominal attributes, 2 classes (700 good, 300 bad)");

    /**
     * Pima Indians diabetes (National Institute of Diabetes and Digestive and Kidney Diseases): 768
     * patients, 8 numeric attributes, classes tested_negative (500) and tested_positive (268).
     */
    public static final TabularDataset DIABETES = new TabularDataset("diabetes", "Pima Indians diabetes",
            "diabetes.arff", "01c38ba089121a39a4ee5bafb3c9bddd71e4337d8f0268c85a999a37c1a027e6", WEKA,
            "768 rows, 8 numeric attributes, 2 classes (500 tested_negative, 268 tested_positive)");

    /**
     * Image segmentation (Vision Group, University of Massachusetts), Weka's "challenge" part: 1,500 3x3
     * pixel regions of outdoor images, 19 numeric attributes, 7 classes of 204 to 236 rows each.
     */
    public static final TabularDataset SEGMENT = new TabularDataset("segment", "Image segmentation",
            "segment-challenge.arff", "f83454c706ab4ebabe66673975bec8de15925bdb448d475da2a26aad06694cff", WEKA,
            "1500 rows, 19 numeric attributes, 7 classes (204 to 236 rows each)");

    /** The benchmark datasets, in the order reports list them. */
    public static final List<TabularDataset> ALL = List.of(CREDIT_G, DIABETES, SEGMENT);

    public TabularDataset {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("dataset name must be lower-case letters, digits and '-', got '"
                    + name + "'");
        }
        if (title == null || title.isBlank() || summary == null || summary.isBlank() || source == null) {
            throw new IllegalArgumentException("dataset " + name + " needs a title, a summary and a source");
        }
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("dataset " + name + ": file name must be a plain name, got '"
                    + fileName + "'");
        }
        sha256 = new Provenance(fileName, sha256).sha256();
    }

    /** The dataset called {@code name}, if there is one. */
    public static Optional<TabularDataset> byName(String name) {
        return ALL.stream().filter(dataset -> dataset.name().equals(name)).findFirst();
    }
}
