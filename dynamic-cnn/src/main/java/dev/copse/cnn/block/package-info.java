/**
 * Composite building blocks of the backbones: the residual {@link dev.copse.cnn.block.BasicBlock} (runnable
 * at a bitwidth per call, or as its shortcut alone when skipped, optionally with a
 * {@link dev.copse.cnn.block.BranchExcitation} on its residual branch) and the DenseNet pieces.
 */
package dev.copse.cnn.block;
