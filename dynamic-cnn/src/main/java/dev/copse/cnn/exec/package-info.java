/**
 * Dynamic execution: a ResNet run with a decision per sample and per residual block, skip or a bitwidth
 * ({@link dev.copse.cnn.exec.ExecutionPlan}, {@link dev.copse.cnn.exec.ResNetExecutor}), where skipped work
 * is really not computed and each sample's realised cost goes to its own
 * {@link dev.copse.efficiency.cost.CostLedger}. The dynamic methods (DFS, DDI) drive it with their gates.
 */
package dev.copse.cnn.exec;
