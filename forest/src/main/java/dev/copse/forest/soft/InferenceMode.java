package dev.copse.forest.soft;

/** The three ways a soft forest can answer; see {@link SoftForest}'s {@code predict*} methods. */
public enum InferenceMode {
    /** The full mixture over every node. */
    SOFT("soft"),
    /** One path per tree, following the more probable branch. */
    HARD("hard"),
    /** The mixture without the subtrees whose reaching probability is below epsilon. */
    PRUNED_SOFT("pruned-soft");

    private final String label;

    InferenceMode(String label) {
        this.label = label;
    }

    /** The name used in tables and on the command line. */
    public String label() {
        return label;
    }
}
