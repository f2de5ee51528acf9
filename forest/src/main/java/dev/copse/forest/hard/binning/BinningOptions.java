package dev.copse.forest.hard.binning;

/**
 * How a {@link FeatureBinner} is fitted.
 *
 * @param maxBins    most bins per feature, in {@code [2, 255]}; a feature with at most this many distinct
 *                   training values gets one bin per value, otherwise bins from quantiles
 * @param sampleRows most training rows whose values set the quantiles, at least 1; larger training sets are
 *                   subsampled without replacement (seeded), which bounds the fitting cost
 */
public record BinningOptions(int maxBins, int sampleRows) {

    /** The largest number of bins: bin indices must fit an unsigned byte. */
    public static final int MAX_BINS = 255;

    /**
     * Rows used for the quantiles by default: 200,000, as the binner of the maintained Python deep forest
     * (and scikit-learn's histogram gradient boosting) subsamples.
     */
    public static final int DEFAULT_SAMPLE_ROWS = 200_000;

    /** @throws IllegalArgumentException if a field is out of range, naming it */
    public BinningOptions {
        if (maxBins < 2 || maxBins > MAX_BINS) {
            throw new IllegalArgumentException("binning maxBins must be in [2, " + MAX_BINS + "], got " + maxBins);
        }
        if (sampleRows < 1) {
            throw new IllegalArgumentException("binning sampleRows must be >= 1, got " + sampleRows);
        }
    }

    /** 255 bins from at most 200,000 rows. */
    public static BinningOptions defaults() {
        return new BinningOptions(MAX_BINS, DEFAULT_SAMPLE_ROWS);
    }

    public BinningOptions withMaxBins(int bins) {
        return new BinningOptions(bins, sampleRows);
    }

    public BinningOptions withSampleRows(int rows) {
        return new BinningOptions(maxBins, rows);
    }
}
