/**
 * The contract every trained Copse classifier offers to tools that do not know its kind (the CLI's
 * {@code eval} and {@code report}, the Smile wrapper): per-row class probabilities with the realised cost of
 * each row, plus its static cost; and {@link dev.copse.efficiency.model.Evaluation}, which runs one over a
 * dataset and summarises accuracy, realised cost and measured latency.
 */
package dev.copse.efficiency.model;
