package dev.copse.forest.hard.binning;

/**
 * A dataset's features after binning: one unsigned byte per value (bin index in {@code [0, 255)}), made by
 * {@link FeatureBinner#transform} and tied to that binner.
 *
 * <p><b>Layout: column-major</b>, one {@code byte[n]} per feature. Split finding reads one feature at a time
 * over the rows of a tree node, and partitioning a node reads only the chosen feature, so keeping a feature's
 * bytes together means those loops touch a compact array (60 KB for MNIST's 60,000 rows, cache-resident)
 * instead of one cache line per row, as a row-major layout with a stride of {@code d} bytes would.
 *
 * <p>Immutable by contract: {@link #column} hands out the backing array for the training loops, which must
 * not write into it. Thread-safe for reading.
 */
public final class BinnedFeatures {

    private final byte[][] columns; // [d][n]
    private final int size;
    private final FeatureBinner binner;

    BinnedFeatures(byte[][] columns, int size, FeatureBinner binner) {
        this.columns = columns;
        this.size = size;
        this.binner = binner;
    }

    /** Rows {@code n}. */
    public int size() {
        return size;
    }

    /** Features {@code d}. */
    public int numFeatures() {
        return columns.length;
    }

    /** The binner that made these bins. */
    public FeatureBinner binner() {
        return binner;
    }

    /** The bin of row {@code row}, feature {@code feature}, in {@code [0, binner().numBins(feature))}. */
    public int bin(int row, int feature) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " outside [0, " + size + ")");
        }
        return column(feature)[row] & 0xFF;
    }

    /**
     * The backing {@code byte[n]} of one feature, not a copy; read bins as {@code column[row] & 0xFF}.
     * Read-only by contract: never write into it.
     */
    public byte[] column(int feature) {
        if (feature < 0 || feature >= columns.length) {
            throw new IndexOutOfBoundsException("feature " + feature + " outside [0, " + columns.length + ")");
        }
        return columns[feature];
    }

    /**
     * The given rows, in that order (an index may repeat), with the same binner: for training on a fold
     * without binning again. Cost O(rows.length * d).
     *
     * @throws IllegalArgumentException  if {@code rows} is empty
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public BinnedFeatures subset(int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a subset needs at least one row");
        }
        for (int r : rows) {
            if (r < 0 || r >= size) {
                throw new IndexOutOfBoundsException("row " + r + " outside [0, " + size + ")");
            }
        }
        byte[][] picked = new byte[columns.length][rows.length];
        for (int f = 0; f < columns.length; f++) {
            byte[] from = columns[f];
            byte[] to = picked[f];
            for (int i = 0; i < rows.length; i++) {
                to[i] = from[rows[i]];
            }
        }
        return new BinnedFeatures(picked, rows.length, binner);
    }

    @Override
    public String toString() {
        return "BinnedFeatures[" + size + " rows x " + columns.length + " features]";
    }
}
