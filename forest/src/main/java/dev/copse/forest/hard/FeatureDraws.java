package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.SplittableRandom;

/**
 * Which features a node examines, by scikit-learn's rule for its trees: features are drawn uniformly without
 * replacement; each draw counts towards {@code maxFeatures}, constant features included, but drawing goes on
 * past that count until at least one drawn feature varies in the node (or none is left). Features known to
 * be constant in the node, because they were constant in an ancestor (or in the whole training set), cost
 * nothing to draw: they are never scanned again. So deep nodes, where most features have become constant,
 * examine few features, which is what keeps fully grown trees fast.
 *
 * <p>Layout of the feature permutation during a node: {@code [0, known)} the constants known on entry
 * ({@code [0, drawnKnown)} of them drawn already), {@code [known, known + found)} constants found at this
 * node, {@code [known + found, end)} not yet drawn, {@code [end, d)} drawn and varying. The order of the
 * known constants is restored after every node so that sibling and ancestor-sibling nodes, which know a
 * prefix of them, find the same set there (as scikit-learn does).
 *
 * <p>The permutation is reset at the start of each tree, so a tree depends only on its own seed. One
 * instance per worker; not thread-safe.
 */
final class FeatureDraws {

    private final int[] initial;   // constant-in-training features first, then the rest
    private final int trainingConstants;
    private final int[] features;  // current permutation
    private final int[] constants; // saved order of the known constants
    private final int maxFeatures;

    private int known;
    private int drawnKnown;
    private int found;
    private int end;
    private int drawn;

    FeatureDraws(FeatureBinner binner, int maxFeatures) {
        int d = binner.numFeatures();
        this.initial = new int[d];
        int k = 0;
        for (int f = 0; f < d; f++) {
            if (binner.numBins(f) == 1) {
                initial[k++] = f;
            }
        }
        this.trainingConstants = k;
        for (int f = 0; f < d; f++) {
            if (binner.numBins(f) > 1) {
                initial[k++] = f;
            }
        }
        this.features = initial.clone();
        this.constants = initial.clone();
        this.maxFeatures = maxFeatures;
    }

    /** Known constants of the root: the features with a single bin. */
    int rootConstants() {
        return trainingConstants;
    }

    /** Restores the initial permutation; call at the start of every tree. */
    void startTree() {
        System.arraycopy(initial, 0, features, 0, initial.length);
        System.arraycopy(initial, 0, constants, 0, initial.length);
    }

    /** Starts a node whose first {@code knownConstants} features are known to be constant in it. */
    void startNode(int knownConstants) {
        known = knownConstants;
        drawnKnown = 0;
        found = 0;
        end = features.length;
        drawn = 0;
    }

    /**
     * The next feature to scan, or -1 when the node has drawn enough. The caller scans it and, if it turns
     * out constant in the node, says so with {@link #wasConstant()} before the next call.
     */
    int next(SplittableRandom random) {
        while (end > known + found && (drawn < maxFeatures || drawn <= found + drawnKnown)) {
            drawn++;
            int j = drawnKnown + random.nextInt(end - found - drawnKnown);
            if (j < known) {
                swap(j, drawnKnown);
                drawnKnown++;
                continue;
            }
            j += found;
            end--;
            swap(j, end);
            return features[end];
        }
        return -1;
    }

    /** The feature last returned by {@link #next} is constant in the node. */
    void wasConstant() {
        swap(end, known + found);
        found++;
        end++;
    }

    /**
     * Ends the node: restores the known constants' order and records the ones found here.
     *
     * @return the known constants of the node's children
     */
    int finishNode() {
        System.arraycopy(constants, 0, features, 0, known);
        System.arraycopy(features, known, constants, known, found);
        return known + found;
    }

    private void swap(int i, int j) {
        int f = features[i];
        features[i] = features[j];
        features[j] = f;
    }
}
