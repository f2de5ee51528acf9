package dev.copse.cnn.dfs;

/**
 * How often each option was chosen at each gated block, over some set of samples: the per-block decision
 * histogram of DFS, and the computation percentage it implies.
 *
 * @param options the options counted
 * @param blocks  the backbone index of each gated block
 * @param counts  {@code [gated block][option]}, each row summing to the number of samples
 */
public record DecisionCounts(BitwidthOptions options, int[] blocks, long[][] counts) {

    /** @throws IllegalArgumentException when the shapes disagree */
    public DecisionCounts {
        blocks = blocks.clone();
        long[][] copy = new long[counts.length][];
        for (int s = 0; s < counts.length; s++) {
            if (counts[s].length != options.size()) {
                throw new IllegalArgumentException("decision counts row " + s + " has " + counts[s].length
                        + " options, expected " + options.size());
            }
            copy[s] = counts[s].clone();
        }
        if (copy.length != blocks.length) {
            throw new IllegalArgumentException(copy.length + " count rows for " + blocks.length + " gated blocks");
        }
        counts = copy;
    }

    /** Counts from option indices {@code [sample][gated block]}. */
    public static DecisionCounts of(BitwidthOptions options, int[] blocks, int[][] choices) {
        long[][] counts = new long[blocks.length][options.size()];
        for (int[] row : choices) {
            for (int s = 0; s < row.length; s++) {
                counts[s][row[s]]++;
            }
        }
        return new DecisionCounts(options, blocks, counts);
    }

    /** Samples counted (the sum of a row), 0 when there is none. */
    public long samples() {
        long total = 0;
        if (counts.length > 0) {
            for (long c : counts[0]) {
                total += c;
            }
        }
        return total;
    }

    /** The fraction of samples that chose option {@code k} at gated block {@code step}. */
    public double fraction(int step, int k) {
        long samples = samples();
        return samples == 0 ? 0 : (double) counts[step][k] / samples;
    }

    /** The computation percentage: 100 times the mean chosen cost over samples and gated blocks; NaN without samples. */
    public double computationPercentage() {
        double sum = 0;
        long total = 0;
        for (long[] row : counts) {
            for (int k = 0; k < row.length; k++) {
                sum += row[k] * options.cost(k);
                total += row[k];
            }
        }
        return total == 0 ? Double.NaN : 100 * sum / total;
    }
}
