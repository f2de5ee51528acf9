package dev.copse.core.data;

import dev.copse.core.HeapBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An immutable, in-memory classification dataset: {@code n} rows of {@code d} float features, one integer
 * label per row, class names, feature names, an optional {@link ImageShape} and a {@link Provenance}.
 *
 * <p><b>Storage.</b> Features live in one row-major {@code float[n * d]}: feature {@code j} of row
 * {@code i} is {@code features()[i * d + j]}. {@link #features()} and {@link #labels()} return the
 * backing arrays without copying so hot loops can read them; callers must treat them as read-only.
 * Writing into them breaks the immutability every other part of Copse relies on.
 *
 * <p><b>Validation.</b> Construction checks that sizes agree, that there is at least one row and one
 * feature, that every label lies in {@code [0, numClasses)}, and that no feature is NaN or infinite; each
 * failure is an {@link IllegalArgumentException} naming the row, column or field.
 *
 * <p><b>Randomness.</b> {@link #shuffled}, {@link #stratifiedSample}, {@link #stratifiedSplit} and
 * {@link #stratifiedKFold} draw from a {@link SplittableRandom} seeded with the given seed, so the same
 * seed on the same dataset always gives the same result. The exact procedures are documented on each
 * method.
 *
 * <p>Thread-safety: instances are immutable and safe to share between threads.
 */
public final class Dataset {

    private final float[] features; // [n][d] row-major
    private final int[] labels;     // [n]
    private final int size;
    private final int numFeatures;
    private final List<String> classNames;
    private final List<String> featureNames;
    private final ImageShape imageShape; // null when the rows are not images
    private final Provenance provenance;

    /** Takes ownership of the arrays: callers pass arrays nobody else holds. Validates everything. */
    private Dataset(float[] features, int[] labels, List<String> classNames, List<String> featureNames,
                    ImageShape imageShape, Provenance provenance) {
        if (provenance == null) {
            throw new IllegalArgumentException("dataset provenance must not be null");
        }
        this.size = labels.length;
        this.numFeatures = featureNames.size();
        if (size == 0) {
            throw new IllegalArgumentException("dataset '" + provenance.source() + "' has no rows");
        }
        if (numFeatures == 0) {
            throw new IllegalArgumentException("dataset '" + provenance.source() + "' has no features");
        }
        if ((long) size * numFeatures != features.length) {
            throw new IllegalArgumentException("feature array has " + features.length + " values but "
                    + size + " rows x " + numFeatures + " features need " + (long) size * numFeatures);
        }
        this.classNames = checkedNames(classNames, "class");
        this.featureNames = checkedNames(featureNames, "feature");
        if (imageShape != null && imageShape.size() != numFeatures) {
            throw new IllegalArgumentException("image shape " + imageShape + " has " + imageShape.size()
                    + " pixels but the dataset has " + numFeatures + " features");
        }
        checkLabels(labels, this.classNames.size());
        checkFinite(features, numFeatures, this.featureNames);
        this.features = features;
        this.labels = labels;
        this.imageShape = imageShape;
        this.provenance = provenance;
    }

    /**
     * A dataset from a row-major feature array, copying the arrays (cost O(n d)).
     *
     * @param features     {@code float[n * d]}, row-major
     * @param labels       {@code int[n]}, each in {@code [0, classNames.size())}
     * @param classNames   one distinct, non-blank name per class
     * @param featureNames one distinct, non-blank name per feature ({@code d} of them)
     * @param imageShape   the image layout of a row, or null when rows are not images
     * @param provenance   where the data came from
     * @throws IllegalArgumentException if any check in the class description fails
     */
    public static Dataset of(float[] features, int[] labels, List<String> classNames, List<String> featureNames,
                             ImageShape imageShape, Provenance provenance) {
        return new Dataset(features.clone(), labels.clone(), classNames, featureNames, imageShape, provenance);
    }

    /** A builder that fills a freshly allocated {@code rows x numFeatures} feature array without copying. */
    public static Builder builder(int rows, int numFeatures) {
        return new Builder(rows, numFeatures);
    }

    /** Names {@code "f0", "f1", ...}: for data whose features have no names of their own. */
    public static List<String> indexFeatureNames(int numFeatures) {
        List<String> names = new ArrayList<>(numFeatures);
        for (int j = 0; j < numFeatures; j++) {
            names.add("f" + j);
        }
        return List.copyOf(names);
    }

    /**
     * Names for the pixels of an image: {@code "pixel_y_x"} for one channel, {@code "pixel_c_y_x"} for
     * several, in the channel-major order of {@link ImageShape}.
     */
    public static List<String> pixelFeatureNames(ImageShape shape) {
        List<String> names = new ArrayList<>(shape.size());
        for (int c = 0; c < shape.channels(); c++) {
            for (int y = 0; y < shape.height(); y++) {
                for (int x = 0; x < shape.width(); x++) {
                    names.add(shape.channels() == 1 ? "pixel_" + y + "_" + x : "pixel_" + c + "_" + y + "_" + x);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Rows {@code n}. */
    public int size() {
        return size;
    }

    /** Features per row {@code d}. */
    public int numFeatures() {
        return numFeatures;
    }

    /** Number of classes; labels lie in {@code [0, numClasses())}. */
    public int numClasses() {
        return classNames.size();
    }

    /**
     * The backing row-major {@code float[n * d]}, not a copy. Read-only by contract: never write into it.
     */
    public float[] features() {
        return features;
    }

    /** The backing {@code int[n]} of labels, not a copy. Read-only by contract: never write into it. */
    public int[] labels() {
        return labels;
    }

    /** Feature {@code column} of row {@code row}. */
    public float feature(int row, int column) {
        checkRow(row);
        if (column < 0 || column >= numFeatures) {
            throw new IndexOutOfBoundsException("column " + column + " outside [0, " + numFeatures + ")");
        }
        return features[row * numFeatures + column];
    }

    /** Label of row {@code row}. */
    public int label(int row) {
        checkRow(row);
        return labels[row];
    }

    /**
     * Copies row {@code row} into {@code out[offset .. offset + d)}; allocates nothing.
     *
     * @throws IndexOutOfBoundsException if the row or the output range is out of bounds
     */
    public void row(int row, float[] out, int offset) {
        checkRow(row);
        System.arraycopy(features, row * numFeatures, out, offset, numFeatures);
    }

    /** Class names, index = label. Unmodifiable. */
    public List<String> classNames() {
        return classNames;
    }

    /** Feature names, index = column. Unmodifiable. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** The image layout of a row, when rows are images. */
    public Optional<ImageShape> imageShape() {
        return Optional.ofNullable(imageShape);
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Rows per class, index = label. A fresh array. Cost O(n). */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /**
     * The rows at the given indices, in that order; an index may repeat (as in a bootstrap sample).
     * Cost O(rows.length * d).
     *
     * @throws IllegalArgumentException if {@code rows} is empty
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public Dataset subset(int[] rows) {
        return subset(rows, "subset of " + rows.length + " rows");
    }

    /**
     * All rows in a random order: a Fisher–Yates shuffle driven by {@code new SplittableRandom(seed)}.
     */
    public Dataset shuffled(long seed) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Stratification.shuffle(order, 0, size, new SplittableRandom(seed));
        return subset(order, "shuffled (seed " + seed + ")");
    }

    /**
     * {@code count} rows drawn without replacement so that every class keeps its share, in their original
     * order. See {@link #stratifiedSplit} for the procedure; this is its test part.
     *
     * @throws IllegalArgumentException if {@code count} is not in {@code [1, size()]}
     */
    public Dataset stratifiedSample(int count, long seed) {
        if (count < 1 || count > size) {
            throw new IllegalArgumentException("sample size must be in [1, " + size + "], got " + count);
        }
        int[] chosen = Stratification.sample(labels, numClasses(), count, seed);
        return subset(chosen, "stratified sample of " + count + " (seed " + seed + ")");
    }

    /**
     * Splits the rows into train and test so that each class is divided in the same proportion.
     *
     * <p>Procedure: the test set gets {@code round(n * testFraction)} rows, shared out among classes by
     * the largest-remainder method (class {@code c} gets {@code floor(n_c * t / n)} and the leftover rows
     * go to the largest fractional parts, ties to the lower class). One {@code SplittableRandom(seed)}
     * shuffles each class's row indices in turn (class 0 first) and the first rows of each go to the test
     * set. Both parts keep the original row order.
     *
     * @param testFraction share of rows for the test set, in {@code (0, 1)}
     * @throws IllegalArgumentException if the fraction is outside {@code (0, 1)} or leaves a part empty
     */
    public TrainTest stratifiedSplit(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        long testCount = Math.round(size * testFraction);
        if (testCount < 1 || testCount >= size) {
            throw new IllegalArgumentException("testFraction " + testFraction + " of " + size
                    + " rows gives " + testCount + " test rows; both train and test need at least one row");
        }
        int[] test = Stratification.sample(labels, numClasses(), (int) testCount, seed);
        int[] train = Stratification.complement(test, size);
        String step = "stratified split (test fraction " + testFraction + ", seed " + seed + ")";
        return new TrainTest(subset(train, step + " train"), subset(test, step + " test"));
    }

    /**
     * Stratified k-fold cross-validation: every row is in exactly one validation fold, and each class is
     * spread as evenly as possible over the folds.
     *
     * <p>Procedure: one {@code SplittableRandom(seed)} shuffles each class's row indices in turn (class 0
     * first); the shuffled rows are dealt to folds round-robin, each class continuing where the previous
     * one stopped, so fold sizes differ by at most one. A class with fewer than {@code k} rows is missing
     * from some validation folds.
     *
     * @param k number of folds, in {@code [2, size()]}
     * @return {@code k} folds, fold {@code f} at index {@code f}
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public List<Fold> stratifiedKFold(int k, long seed) {
        if (k < 2 || k > size) {
            throw new IllegalArgumentException("k-fold needs k in [2, " + size + "], got " + k);
        }
        int[][] validation = Stratification.kFold(labels, numClasses(), k, seed);
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            folds.add(new Fold(f, k, Stratification.complement(validation[f], size), validation[f]));
        }
        return List.copyOf(folds);
    }

    /** Same labels, names and shape with new (owned) features; used by {@link Standardizer}. */
    Dataset withFeatures(float[] ownedFeatures, String step) {
        return new Dataset(ownedFeatures, labels, classNames, featureNames, imageShape, provenance.derived(step));
    }

    private Dataset subset(int[] rows, String step) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a subset needs at least one row");
        }
        float[] x = new float[Math.multiplyExact(rows.length, numFeatures)];
        int[] y = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            checkRow(r);
            System.arraycopy(features, r * numFeatures, x, i * numFeatures, numFeatures);
            y[i] = labels[r];
        }
        return new Dataset(x, y, classNames, featureNames, imageShape, provenance.derived(step));
    }

    private void checkRow(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " outside [0, " + size + ")");
        }
    }

    private static List<String> checkedNames(List<String> names, String what) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException(what + " names must not be empty");
        }
        List<String> copy = List.copyOf(names);
        var seen = new HashSet<String>();
        for (int i = 0; i < copy.size(); i++) {
            String name = copy.get(i);
            if (name.isBlank()) {
                throw new IllegalArgumentException(what + " name " + i + " is blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(what + " name '" + name + "' appears twice");
            }
        }
        return copy;
    }

    private static void checkLabels(int[] labels, int numClasses) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i
                        + " is outside [0, " + numClasses + "); labels must index the class names");
            }
        }
    }

    private static void checkFinite(float[] features, int d, List<String> featureNames) {
        for (int k = 0; k < features.length; k++) {
            if (!Float.isFinite(features[k])) {
                int column = k % d;
                throw new IllegalArgumentException("feature at row " + k / d + ", column " + column + " ('"
                        + featureNames.get(column) + "') is " + features[k]
                        + "; remove or impute missing and infinite values before building a Dataset");
            }
        }
    }

    @Override
    public String toString() {
        return "Dataset[" + size + " rows x " + numFeatures + " features, " + numClasses() + " classes"
                + (imageShape == null ? "" : ", images " + imageShape) + ", " + provenance.source() + "]";
    }

    /**
     * Fills a feature array that it allocated itself, then hands it to the dataset without a copy. Use it
     * for large data (a full MNIST is 188 MB of floats) where {@link Dataset#of} would double the memory.
     * After {@link #build()} the builder refuses further use, so nothing can write into the dataset.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {

        private float[] features;
        private int[] labels;
        private final int numFeatures;
        private List<String> classNames;
        private List<String> featureNames;
        private ImageShape imageShape;
        private Provenance provenance;

        private Builder(int rows, int numFeatures) {
            if (rows < 1 || numFeatures < 1) {
                throw new IllegalArgumentException("a dataset needs at least one row and one feature, got "
                        + rows + " x " + numFeatures);
            }
            long cells = (long) rows * numFeatures;
            if (cells > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(rows + " rows x " + numFeatures
                        + " features exceed the largest Java array (2^31 - 9 floats)");
            }
            HeapBudget.require(4 * (cells + rows), "a dataset of " + rows + " rows x " + numFeatures + " features");
            this.features = new float[(int) cells];
            this.labels = new int[rows];
            this.numFeatures = numFeatures;
        }

        /** Sets feature {@code column} of row {@code row}. */
        public Builder set(int row, int column, float value) {
            checkRow(row);
            if (column < 0 || column >= numFeatures) {
                throw new IndexOutOfBoundsException("column " + column + " outside [0, " + numFeatures + ")");
            }
            open()[row * numFeatures + column] = value;
            return this;
        }

        /** Copies {@code d} values from {@code values[offset ..]} into row {@code row}. */
        public Builder setRow(int row, float[] values, int offset) {
            checkRow(row);
            System.arraycopy(values, offset, open(), row * numFeatures, numFeatures);
            return this;
        }

        /** Sets the label of row {@code row}. */
        public Builder label(int row, int label) {
            open();
            checkRow(row);
            labels[row] = label;
            return this;
        }

        public Builder classNames(List<String> names) {
            open();
            this.classNames = names;
            return this;
        }

        /** Feature names; when never set, {@link Dataset#indexFeatureNames} or, for images, pixel names. */
        public Builder featureNames(List<String> names) {
            open();
            this.featureNames = names;
            return this;
        }

        public Builder imageShape(ImageShape shape) {
            open();
            this.imageShape = shape;
            return this;
        }

        public Builder provenance(Provenance source) {
            open();
            this.provenance = source;
            return this;
        }

        /**
         * Validates and returns the dataset; after success the builder cannot be used any more (after a
         * failed validation it can be corrected and built again).
         *
         * @throws IllegalArgumentException if a check in the {@link Dataset} description fails
         */
        public Dataset build() {
            float[] x = open();
            List<String> names = featureNames != null ? featureNames
                    : imageShape != null && imageShape.size() == numFeatures ? pixelFeatureNames(imageShape)
                    : indexFeatureNames(numFeatures);
            Dataset dataset = new Dataset(x, labels, classNames, names, imageShape, provenance);
            features = null;
            return dataset;
        }

        private void checkRow(int row) {
            if (row < 0 || row >= labels.length) {
                throw new IndexOutOfBoundsException("row " + row + " outside [0, " + labels.length + ")");
            }
        }

        private float[] open() {
            if (features == null) {
                throw new IllegalStateException("this builder has already built its dataset");
            }
            return features;
        }
    }
}
