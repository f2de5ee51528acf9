/**
 * Training of soft forests: the budding-tree forward and backward passes over flat parameter buffers
 * (all splits of all trees as one matrix product), the combination losses, the size and balance penalties,
 * Adam, early stopping and fine-tuning of the finalised structure.
 */
package dev.copse.forest.train;
