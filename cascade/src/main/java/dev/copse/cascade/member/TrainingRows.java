package dev.copse.cascade.member;

import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows a member trains on: some rows of a {@link LevelInput} with their labels. A member asks for the
 * form it trains on, raw floats ({@link #features()}) or bins ({@link #binned}); each form is built on first
 * request and then shared, so the members of one fold copy their fold's rows once per form, and no form a
 * member never asks for is ever built.
 *
 * <p>Thread-safe (the lazily built forms are guarded by this object's lock); the arrays handed out are
 * shared and read-only by contract.
 */
public final class TrainingRows {

    private final LevelInput input;
    private final int[] rows;    // indices into input; null means every row in order
    private final int[] labels;  // [size()]
    private final int numClasses;
    private float[] gathered;    // guarded by this; rows' features when rows != null
    private final Map<BinningOptions, BinnedFeatures> binned = new HashMap<>(); // guarded by this

    private TrainingRows(LevelInput input, int[] rows, int[] labels, int numClasses) {
        this.input = input;
        this.rows = rows;
        this.labels = labels;
        this.numClasses = numClasses;
    }

    /**
     * Every row of {@code input}, in order.
     *
     * @param labels     one label per input row, each in {@code [0, numClasses)}; not copied, read-only
     * @param numClasses classes, {@code >= 1}
     * @throws IllegalArgumentException if the label count differs from the rows or a label is out of range
     */
    public static TrainingRows of(LevelInput input, int[] labels, int numClasses) {
        if (input == null || labels == null) {
            throw new IllegalArgumentException("input and labels must not be null");
        }
        if (labels.length != input.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + input.size() + " input rows");
        }
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be >= 1, got " + numClasses);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i + " is outside [0, "
                        + numClasses + ")");
            }
        }
        return new TrainingRows(input, null, labels, numClasses);
    }

    /**
     * The rows at positions {@code positions} of this set, in that order (e.g. a fold's training rows).
     *
     * @throws IllegalArgumentException  if {@code positions} is empty
     * @throws IndexOutOfBoundsException if a position is outside {@code [0, size())}
     */
    public TrainingRows select(int[] positions) {
        if (positions == null || positions.length == 0) {
            throw new IllegalArgumentException("a selection needs at least one row");
        }
        int[] picked = new int[positions.length];
        int[] pickedLabels = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (p < 0 || p >= labels.length) {
                throw new IndexOutOfBoundsException("row " + p + " outside [0, " + labels.length + ")");
            }
            picked[i] = rows == null ? p : rows[p];
            pickedLabels[i] = labels[p];
        }
        return new TrainingRows(input, picked, pickedLabels, numClasses);
    }

    /** Rows. */
    public int size() {
        return labels.length;
    }

    /** Features per row. */
    public int numFeatures() {
        return input.numFeatures();
    }

    /** How a row is made of source blocks (the level input's). */
    public InputBlocks blocks() {
        return input.blocks();
    }

    /** Classes; labels lie in {@code [0, numClasses())}. */
    public int numClasses() {
        return numClasses;
    }

    /** One label per row, {@code int[size()]}; shared, read-only by contract. */
    public int[] labels() {
        return labels;
    }

    /**
     * The rows' raw features, row-major {@code float[size() * numFeatures()]}; shared, read-only by contract.
     * For a selection the first call copies the rows (cost O(size * d)).
     */
    public synchronized float[] features() {
        if (rows == null) {
            return input.features();
        }
        if (gathered == null) {
            int d = input.numFeatures();
            float[] all = input.features();
            gathered = new float[Math.multiplyExact(rows.length, d)];
            for (int i = 0; i < rows.length; i++) {
                System.arraycopy(all, rows[i] * d, gathered, i * d, d);
            }
        }
        return gathered;
    }

    /**
     * The rows binned with {@code options}, by the level's shared binner ({@link LevelInput#binned}); a
     * selection takes its {@link BinnedFeatures#subset} on the first call.
     */
    public synchronized BinnedFeatures binned(BinningOptions options) {
        BinnedFeatures all = input.binned(options);
        if (rows == null) {
            return all;
        }
        return binned.computeIfAbsent(options, o -> all.subset(rows));
    }

    @Override
    public String toString() {
        return "TrainingRows[" + size() + " of " + input.size() + " rows x " + numFeatures() + " features, "
                + numClasses + " classes]";
    }
}
