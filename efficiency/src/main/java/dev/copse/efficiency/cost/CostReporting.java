package dev.copse.efficiency.cost;

/**
 * Implemented by every trained Copse model: what it costs to hold and its worst case per input. Per-input
 * realised costs come from the {@link CostLedger} a model fills during inference.
 */
public interface CostReporting {

    /** The model's static cost; cheap to call (computed once from the model's structure). */
    StaticCost staticCost();
}
