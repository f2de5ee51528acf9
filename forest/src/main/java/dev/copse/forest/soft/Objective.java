package dev.copse.forest.soft;

/**
 * What the training loss looks at: the combined forest output, or each tree on its own.
 */
public enum Objective {

    /** One cross-entropy on the combined output of all trees (the trees learn to complement each other). */
    JOINT,

    /**
     * <b>(Copse)</b> Each tree minimises its own cross-entropy (its own mixture, or the softmax of its own
     * mixed logits); the loss is the mean over trees. The trees are trained independently, as in bagging,
     * and may each see only a seeded subset of the rows ({@link Options#rowFraction()}).
     */
    PER_TREE
}
