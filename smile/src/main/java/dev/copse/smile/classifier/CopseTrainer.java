package dev.copse.smile.classifier;

import dev.copse.cascade.grow.CascadeForest;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import dev.copse.core.data.Sha256;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.model.CostedClassifier;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftForestClassifier;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.BiFunction;
import smile.classification.Classifier;

/**
 * Trains a Copse model from Smile's arguments, {@code (double[][] x, int[] y, Properties)}, and returns it as
 * a {@link CopseClassifier}; the properties are {@link CopseProperties}'s keys. As a
 * {@link Classifier.Trainer} (and through {@link #fit(double[][], int[])} a {@code BiFunction}), it plugs into
 * Smile's {@code CrossValidation.classification(k, x, y, trainer::fit)} and the like.
 *
 * <p>Labels must be {@code 0 .. k-1} (as Smile's validation produces them); {@code k} is the largest label
 * plus one. Rows are converted to float. The dataset's provenance is {@code "smile arrays"} with a SHA-256 of
 * the rows and labels. Immutable and thread-safe.
 */
public final class CopseTrainer implements Classifier.Trainer<double[], CopseClassifier> {

    private final String name;
    private final BiFunction<Dataset, CopseProperties, CostedClassifier> fit;

    private CopseTrainer(String name, BiFunction<Dataset, CopseProperties, CostedClassifier> fit) {
        this.name = name;
        this.fit = fit;
    }

    /**
     * A soft forest ({@link SoftForest#fit(Dataset, dev.copse.forest.soft.Options, ProgressListener)}, with its
     * input scaling), answering in the {@value CopseProperties#INFERENCE} mode.
     */
    public static CopseTrainer softForest() {
        return new CopseTrainer("soft forest", (data, p) -> SoftForestClassifier.of(
                SoftForest.fit(data, p.softForest(), ProgressListener.none()), p.inference()));
    }

    /** A deep-forest cascade ({@link CascadeForest#fit(Dataset, dev.copse.cascade.grow.CascadeOptions,
     * ProgressListener)}) from the {@value CopseProperties#PRESET} preset. */
    public static CopseTrainer cascade() {
        return new CopseTrainer("cascade", (data, p) -> CascadeForest.fit(data, p.cascade(),
                ProgressListener.none()).model());
    }

    /**
     * Trains on {@code x} and {@code y}.
     *
     * @throws IllegalArgumentException if the rows are empty or ragged, a value is not finite, a label is
     *                                  negative, the lengths differ, or a property is invalid
     */
    @Override
    public CopseClassifier fit(double[][] x, int[] y, Properties params) {
        CopseProperties properties = CopseProperties.of(params);
        return new CopseClassifier(fit.apply(dataset(x, y), properties));
    }

    /** The rows and labels as a Copse dataset; see the class description. */
    static Dataset dataset(double[][] x, int[] y) {
        if (x == null || y == null || x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows and at least one row, got "
                    + (x == null ? "null" : x.length) + " rows and " + (y == null ? "null" : y.length) + " labels");
        }
        int d = x[0].length;
        float[] features = new float[Math.multiplyExact(x.length, d)];
        MessageDigest digest = Sha256.newDigest();
        ByteBuffer bytes = ByteBuffer.allocate(8 * d + 4);
        int classes = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " values, row 0 has " + d);
            }
            if (y[i] < 0) {
                throw new IllegalArgumentException("label " + y[i] + " of row " + i + " is negative");
            }
            bytes.clear();
            for (int j = 0; j < d; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new IllegalArgumentException("row " + i + ", column " + j + " is " + x[i][j]);
                }
                features[i * d + j] = (float) x[i][j];
                bytes.putDouble(x[i][j]);
            }
            digest.update(bytes.putInt(y[i]).array(), 0, bytes.position());
            classes = Math.max(classes, y[i] + 1);
        }
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return Dataset.of(features, y, names, Dataset.indexFeatureNames(d), null,
                new Provenance("smile arrays", Sha256.hex(digest)));
    }

    @Override
    public String toString() {
        return "CopseTrainer[" + name + "]";
    }
}
