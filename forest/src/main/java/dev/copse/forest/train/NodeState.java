package dev.copse.forest.train;

/**
 * Role of each node of the complete trees during training. Before finalisation every node is
 * {@link #ACTIVE}; fine-tuning a finalised forest marks its hard leaves {@link #FROZEN_LEAF} (q fixed to 1)
 * and the nodes it dropped {@link #DEAD} (zero flow, so zero output and zero gradient).
 */
enum NodeState {
    ACTIVE, FROZEN_LEAF, DEAD
}
