package dev.copse.forest.hard;

/**
 * The impurity a split minimises. Only Gini impurity is offered: with it every candidate threshold is scored
 * in O(1) from running sums of squared class weights (see {@link HardForestOptions}), which is what keeps
 * split finding at one pass over a node's rows per feature. Entropy would need a logarithm per class per
 * candidate.
 */
public enum SplitCriterion {

    /**
     * Gini impurity {@code 1 - sum_c p_c^2} (Breiman, Friedman, Olshen and Stone, <i>Classification and
     * Regression Trees</i>, 1984), weighted by the rows on each side.
     */
    GINI
}
