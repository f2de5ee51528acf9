package dev.copse.efficiency.cost;

/**
 * The three kinds of cost Copse keeps apart and names in every report (ARCHITECTURE.md, "the few ideas
 * every module shares").
 */
public enum CostKind {

    /**
     * The differentiable expectation of cost under a model's soft decisions (gate probabilities, routing
     * probabilities), as used in a training loss. Fractional by nature; a {@link Cost} holding it has been
     * rounded to whole operations by the model that produced it.
     */
    EXPECTED("expected"),

    /** The operations actually executed after hard decisions, counted in a {@link CostLedger}. */
    REALISED("realised"),

    /** Wall-clock time measured while running, in nanoseconds; never derived from operation counts. */
    MEASURED("measured");

    private final String label;

    CostKind(String label) {
        this.label = label;
    }

    /** The lower-case word used in reports. */
    public String label() {
        return label;
    }
}
