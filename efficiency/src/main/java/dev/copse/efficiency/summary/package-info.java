/**
 * What a dataset costs: per-input costs and measured latencies summarised as distributions (mean, median,
 * p90, p99, max under the nearest-rank percentile). {@link dev.copse.efficiency.summary.CostSummary} covers
 * every operation-count unit of {@link dev.copse.efficiency.summary.CostMetric} for expected or realised
 * costs; {@link dev.copse.efficiency.summary.MeasuredLatency} covers wall-clock time.
 */
package dev.copse.efficiency.summary;
