/**
 * Efficiency accounting shared by every Copse model: what a model costs to hold, what one input costs,
 * and what a dataset costs on average and in the tail (METHODS.md section 3).
 *
 * <ul>
 *   <li>{@code cost}: primitive counts per input ({@link dev.copse.efficiency.cost.CostLedger},
 *       {@link dev.copse.efficiency.cost.Cost}), the counting conventions in one place
 *       ({@link dev.copse.efficiency.cost.CostConventions}), static model cost.</li>
 *   <li>{@code energy}: picojoule tables ({@link dev.copse.efficiency.energy.EnergyTable}, default
 *       "45 nm estimate") and their file format.</li>
 *   <li>{@code summary}: per-dataset distributions (mean, median, p90, p99, max) of every cost unit and of
 *       measured latency.</li>
 *   <li>{@code report}: several models side by side as Markdown, CSV and JSON.</li>
 * </ul>
 */
package dev.copse.efficiency;
