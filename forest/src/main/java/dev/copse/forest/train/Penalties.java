package dev.copse.forest.train;

/**
 * Weights of the regularisers added to the cross-entropy of a batch: size penalty lambda, balance penalty
 * weight at the root, and L2 coefficient on split weights (each 0 to switch it off).
 */
record Penalties(float size, float balance, float l2) {
}
