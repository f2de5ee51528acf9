package dev.copse.forest.soft;

/**
 * The work one inference actually did for one input, counted while it ran, in units the efficiency
 * ledger prices: an evaluated soft inner node costs {@code d} MACs for its split (plus one sigmoid when
 * {@link #sigmoids()} counts it), a mixed node costs {@code C} MACs (its weight times its class vector).
 *
 * @param innerNodesEvaluated split dot products {@code w.x + b} computed, summed over trees
 * @param nodesMixed          nodes whose class vector entered the output, summed over trees
 * @param sigmoids            sigmoid evaluations (hard routing compares {@code w.x + b} with 0 and needs none)
 */
public record InferenceWork(int innerNodesEvaluated, int nodesMixed, int sigmoids) {

    public InferenceWork {
        if (innerNodesEvaluated < 0 || nodesMixed < 0 || sigmoids < 0) {
            throw new IllegalArgumentException("work counts must be >= 0, got inner=" + innerNodesEvaluated
                    + ", mixed=" + nodesMixed + ", sigmoids=" + sigmoids);
        }
    }

    /** Multiply-accumulates of this work for {@code features} inputs and {@code classes} classes. */
    public long macs(int features, int classes) {
        return (long) innerNodesEvaluated * features + (long) nodesMixed * classes;
    }
}
