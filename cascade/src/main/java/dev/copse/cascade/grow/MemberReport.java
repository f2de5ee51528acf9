package dev.copse.cascade.grow;

import dev.copse.efficiency.cost.StaticCost;

/**
 * What one final member of a level is and costs.
 *
 * @param name            the specification's name
 * @param description     the fitted member's description
 * @param nodes           nodes it keeps
 * @param meanComparisons mean comparisons per input over the measured validation rows (realised cost)
 * @param meanMacs        mean multiply-accumulates per input over the same rows (realised cost; soft forests)
 * @param staticCost      its static cost
 */
public record MemberReport(String name, String description, long nodes, double meanComparisons,
                           double meanMacs, StaticCost staticCost) {
}
