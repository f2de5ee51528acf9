/**
 * Primitive cost counts and the rules for counting them.
 *
 * <p>A model fills a {@link dev.copse.efficiency.cost.CostLedger} while it runs one input and takes an
 * immutable {@link dev.copse.efficiency.cost.Cost} snapshot. Every counting rule (FLOPs per MAC, BitOPs,
 * DFS relative cost, tree nodes, layer MACs) lives in {@link dev.copse.efficiency.cost.CostConventions} and
 * {@link dev.copse.efficiency.cost.LayerMacs}. A trained model reports what it costs to hold through
 * {@link dev.copse.efficiency.cost.CostReporting}. {@link dev.copse.efficiency.cost.CostKind} names the
 * three kinds of cost Copse keeps apart: expected, realised and measured.
 */
package dev.copse.efficiency.cost;
