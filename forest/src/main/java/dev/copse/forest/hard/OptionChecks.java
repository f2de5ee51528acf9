package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.BinningOptions;

/** The validation both forests' options share; every message names the options type and the field. */
final class OptionChecks {

    private OptionChecks() {
    }

    static void check(String owner, int trees, MaxFeatures maxFeatures, int maxDepth, int minSamplesLeaf,
                      SplitCriterion criterion, BinningOptions binning, int threads) {
        if (trees < 1) {
            throw new IllegalArgumentException(owner + ": trees must be >= 1, got " + trees);
        }
        if (maxFeatures == null) {
            throw new IllegalArgumentException(owner + ": maxFeatures must not be null");
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException(owner + ": maxDepth must be >= 1 (or UNLIMITED_DEPTH), got "
                    + maxDepth);
        }
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException(owner + ": minSamplesLeaf must be >= 1, got " + minSamplesLeaf);
        }
        if (criterion == null) {
            throw new IllegalArgumentException(owner + ": criterion must not be null; supported: GINI");
        }
        if (binning == null) {
            throw new IllegalArgumentException(owner + ": binning must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException(owner + ": threads must be >= 1, got " + threads);
        }
    }
}
