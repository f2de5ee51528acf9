package dev.copse.cascade.model;

import dev.copse.cascade.connect.InputAssembly;
import dev.copse.cascade.connect.Source;
import dev.copse.cascade.scan.MultiGrainedScanner;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.model.CostedClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A trained deep-forest cascade: an optional multi-grained scanner that turns images into base features,
 * then the kept levels, each reading its sources (base features and earlier levels' class vectors). A row's
 * class probabilities are the mean of the last level's members' vectors (METHODS.md section 2); the
 * predicted class is their argmax, the lowest class on ties.
 *
 * <p><b>Only what is read is computed.</b> Inference computes the last level and, transitively, the levels
 * and the base features (the scanner) that computed levels read; a level no computed level reads (possible
 * under learned connectivity, which cuts sources) is kept in the model and its file but never run, and
 * neither is the scanner when no computed level reads the base features.
 *
 * <p><b>Cost</b> per input: the scanner's and every level's members' realised costs, plus the final mean
 * ({@code (M - 1) C} additions and {@code C} divisions for {@code M} members, counted as other FLOPs).
 * Assembling a level's input copies values and is not counted. Static cost: the computed parts' parameters and
 * bytes; worst case: the sum of every part's worst case.
 *
 * <p>Immutable and thread-safe. Batched prediction works in blocks of {@value #ROW_BLOCK} rows, so the
 * intermediate level inputs of a large dataset never exist all at once. {@link #save} and {@link #load}
 * round-trip a model exactly: the loaded one predicts the same floats.
 */
public final class CascadeModel implements CostedClassifier {

    /** The model type of a cascade's model file. */
    public static final String MODEL_TYPE = CascadeModelWriter.MODEL_TYPE;

    /** Rows predicted together. */
    static final int ROW_BLOCK = 4096;

    private final List<String> classNames;
    private final int numFeatures;
    private final MultiGrainedScanner scanner; // null without scanning
    private final List<CascadeLevel> levels;
    private final String connectivity;
    private final Provenance trainingData;
    private final int[] widths;   // [levels] class-vector width of each level
    private final int baseWidth;
    private final boolean[] computed; // [levels] whether inference computes level t
    private final boolean baseComputed;
    private final StaticCost staticCost;

    /**
     * @param classNames   one per class, index = label
     * @param numFeatures  features of an input row (pixels, when there is a scanner)
     * @param scanner      the scanner producing the base features, or null
     * @param levels       the kept levels, at least one
     * @param connectivity key of the connectivity the levels were grown with, for descriptions
     * @param trainingData where the training data came from
     * @throws IllegalArgumentException if the parts do not fit together (widths, classes, sources)
     */
    public CascadeModel(List<String> classNames, int numFeatures, MultiGrainedScanner scanner,
                        List<CascadeLevel> levels, String connectivity, Provenance trainingData) {
        if (classNames == null || classNames.isEmpty() || levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("a cascade needs class names and at least one level");
        }
        if (connectivity == null || trainingData == null) {
            throw new IllegalArgumentException("connectivity and training data provenance must not be null");
        }
        if (scanner != null && scanner.imageShape().size() != numFeatures) {
            throw new IllegalArgumentException("the scanner reads images of " + scanner.imageShape()
                    + " but rows have " + numFeatures + " features");
        }
        this.classNames = List.copyOf(classNames);
        this.numFeatures = numFeatures;
        this.scanner = scanner;
        this.levels = List.copyOf(levels);
        this.connectivity = connectivity;
        this.trainingData = trainingData;
        this.baseWidth = scanner == null ? numFeatures : scanner.outputWidth();
        this.widths = new int[levels.size()];
        for (int t = 0; t < levels.size(); t++) {
            CascadeLevel level = levels.get(t);
            int expected = InputAssembly.width(level.sources(), baseWidth, Arrays.copyOf(widths, t));
            if (level.inputWidth() != expected || level.numClasses() != classNames.size()) {
                throw new IllegalArgumentException("level " + t + " takes " + level.inputWidth() + " features and "
                        + level.numClasses() + " classes; its sources give " + expected + " and the cascade has "
                        + classNames.size() + " classes");
            }
            widths[t] = level.vectorWidth();
        }
        this.computed = new boolean[levels.size()];
        computed[levels.size() - 1] = true;
        boolean base = false;
        for (int t = levels.size() - 1; t >= 0; t--) {
            if (computed[t]) {
                for (Source source : levels.get(t).sources()) {
                    if (source.isFeatures()) {
                        base = true;
                    } else {
                        computed[source.level()] = true;
                    }
                }
            }
        }
        this.baseComputed = base;
        this.staticCost = computeStaticCost();
    }

    /** E.g. {@code "cascade (3 levels of 4 members, previous connectivity, scanning)"}. */
    @Override
    public String description() {
        return "cascade (" + levels.size() + (levels.size() == 1 ? " level" : " levels") + " of "
                + levels.get(0).members().size() + " members, " + connectivity + " connectivity"
                + (scanner == null ? "" : ", scanning") + ")";
    }

    public List<String> classNames() {
        return classNames;
    }

    @Override
    public int numClasses() {
        return classNames.size();
    }

    /** Features of an input row. */
    @Override
    public int numFeatures() {
        return numFeatures;
    }

    /** The multi-grained scanner, when the cascade scans images. */
    public Optional<MultiGrainedScanner> scanner() {
        return Optional.ofNullable(scanner);
    }

    /** The kept levels, in order. */
    public List<CascadeLevel> levels() {
        return levels;
    }

    /** Key of the connectivity the levels were grown with. */
    public String connectivity() {
        return connectivity;
    }

    /** Where the training data came from. */
    public Provenance trainingData() {
        return trainingData;
    }

    /** Whether inference computes level {@code t} (see the class description). */
    public boolean computes(int t) {
        return computed[t];
    }

    /** Nodes of all members, scanner included. */
    public long nodeCount() {
        long total = scanner == null ? 0 : scanner.nodeCount();
        for (CascadeLevel level : levels) {
            total += level.nodeCount();
        }
        return total;
    }

    @Override
    public StaticCost staticCost() {
        return staticCost;
    }

    /** Class probabilities of every row of {@code data}, {@code [n][C]} row-major. */
    public float[] predictProba(Dataset data) {
        return predictProba(data.features(), data.size());
    }

    /**
     * Class probabilities of {@code n} rows stored row-major in {@code x[n * numFeatures()]}.
     *
     * @return {@code float[n * C]}, row-major
     * @throws IllegalArgumentException if the length disagrees with {@code n} or a value is NaN
     */
    public float[] predictProba(float[] x, int n) {
        if (x == null || n < 0 || (long) n * numFeatures != x.length) {
            throw new IllegalArgumentException("feature array has " + (x == null ? "no" : x.length) + " values but "
                    + n + " rows x " + numFeatures + " features need " + (long) n * numFeatures);
        }
        int classes = numClasses();
        float[] out = new float[Math.multiplyExact(n, classes)];
        for (int from = 0; from < n; from += ROW_BLOCK) {
            int rows = Math.min(ROW_BLOCK, n - from);
            float[] block = Arrays.copyOfRange(x, from * numFeatures, (from + rows) * numFeatures);
            float[] base = scanner == null ? block
                    : baseComputed ? scanner.transform(block, rows) : new float[rows * baseWidth];
            List<float[]> vectors = new ArrayList<>(levels.size());
            for (int t = 0; t < levels.size(); t++) {
                CascadeLevel level = levels.get(t);
                if (!computed[t]) {
                    vectors.add(null);
                    continue;
                }
                float[] input = InputAssembly.assemble(level.sources(), base, baseWidth, vectors, widths, rows);
                vectors.add(level.predictVectors(input, rows));
            }
            float[] last = vectors.get(vectors.size() - 1);
            for (int r = 0; r < rows; r++) {
                average(last, r * widths[widths.length - 1], out, (from + r) * classes);
            }
        }
        return out;
    }

    /**
     * Class probabilities of one row {@code row[offset .. offset + numFeatures())} into
     * {@code out[outOffset .. outOffset + C)}, adding the realised cost to {@code ledger} (see the class
     * description; a null ledger records nothing); the same floats as the batched method.
     */
    @Override
    public void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        float[] base;
        int baseOffset;
        if (scanner == null) {
            base = row;
            baseOffset = offset;
        } else {
            base = new float[baseWidth];
            baseOffset = 0;
            if (baseComputed) {
                scanner.transform(row, offset, base, 0, ledger);
            }
        }
        List<float[]> vectors = new ArrayList<>(levels.size());
        for (int t = 0; t < levels.size(); t++) {
            CascadeLevel level = levels.get(t);
            if (!computed[t]) {
                vectors.add(null);
                continue;
            }
            float[] input = new float[level.inputWidth()];
            InputAssembly.assembleRow(level.sources(), base, baseOffset, baseWidth, vectors, widths, input);
            float[] v = new float[level.vectorWidth()];
            level.predictVectors(input, v, ledger);
            vectors.add(v);
        }
        average(vectors.get(vectors.size() - 1), 0, out, outOffset);
        if (ledger != null) {
            ledger.addOtherFlops(widths[widths.length - 1]);
        }
    }

    /** The most probable class of every row of {@code data}. */
    public int[] predict(Dataset data) {
        return predict(data.features(), data.size());
    }

    /** The most probable class of {@code n} rows (the lowest class on ties). */
    public int[] predict(float[] x, int n) {
        float[] proba = predictProba(x, n);
        int classes = numClasses();
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (proba[r * classes + c] > proba[r * classes + best]) {
                    best = c;
                }
            }
            labels[r] = best;
        }
        return labels;
    }

    /**
     * Writes the model to {@code file} in Copse's model file format (model type
     * {@value CascadeModelWriter#MODEL_TYPE}); see {@link CascadeModelWriter} for the layout. Atomic.
     *
     * @throws IOException if writing fails
     */
    public void save(Path file) throws IOException {
        CascadeModelWriter.write(this, file);
    }

    /**
     * Reads a model written by {@link #save}; see {@link CascadeModelReader} for what is checked.
     *
     * @throws dev.copse.core.modelfile.ModelFileException naming the file and the problem if it is not a
     *         cascade's model file or does not hold a valid cascade
     * @throws IOException if the file cannot be read
     */
    public static CascadeModel load(Path file) throws IOException {
        return CascadeModelReader.read(file);
    }

    /**
     * Rebuilds the cascade held by an already opened model file; see {@link #load}.
     *
     * @throws dev.copse.core.modelfile.ModelFileException naming the file and the problem
     */
    public static CascadeModel read(ModelFile file) throws ModelFileException {
        return CascadeModelReader.read(file);
    }

    /** The mean of the last level's member vectors {@code v[from .. from + M C)} into {@code out[at .. at + C)}. */
    private void average(float[] v, int from, float[] out, int at) {
        int classes = numClasses();
        int members = levels.get(levels.size() - 1).members().size();
        for (int c = 0; c < classes; c++) {
            float sum = 0;
            for (int m = 0; m < members; m++) {
                sum += v[from + m * classes + c];
            }
            out[at + c] = sum / members;
        }
    }

    private StaticCost computeStaticCost() {
        long parameters = 0;
        long bytes = 0;
        Cost worst = new Cost(new TreeMap<>(), widths[widths.length - 1], 0, 0, 0, 0);
        List<StaticCost> parts = new ArrayList<>();
        if (scanner != null && baseComputed) {
            parts.add(scanner.staticCost());
        }
        for (int t = 0; t < levels.size(); t++) {
            if (computed[t]) {
                parts.add(levels.get(t).staticCost());
            }
        }
        for (StaticCost part : parts) {
            parameters = Math.addExact(parameters, part.parameters());
            bytes = Math.addExact(bytes, part.parameterBytes());
            worst = worst.plus(part.worstCasePerInput());
        }
        return new StaticCost(parameters, bytes, worst);
    }

    @Override
    public String toString() {
        return "CascadeModel[" + levels.size() + " levels (" + connectivity + "), " + nodeCount() + " nodes, "
                + numClasses() + " classes" + (scanner == null ? "" : ", " + scanner) + "]";
    }
}
