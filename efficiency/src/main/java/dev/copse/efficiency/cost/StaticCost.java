package dev.copse.efficiency.cost;

/**
 * What a trained model costs to hold, and the most one input can cost it.
 *
 * @param parameters        number of learned scalars kept for inference
 * @param parameterBytes    bytes those parameters occupy at their stored widths
 * @param worstCasePerInput an upper bound on the realised cost of any single input (for a dynamic model,
 *                          every gate open and every branch taken; for a static one, its only cost)
 */
public record StaticCost(long parameters, long parameterBytes, Cost worstCasePerInput) {

    public StaticCost {
        if (parameters < 0 || parameterBytes < 0) {
            throw new IllegalArgumentException("parameters and parameter bytes must be >= 0, got " + parameters
                    + " and " + parameterBytes);
        }
        if (worstCasePerInput == null) {
            throw new IllegalArgumentException("worst-case per-input cost must not be null");
        }
    }
}
