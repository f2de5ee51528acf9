/**
 * Out-of-fold training of a cascade level ({@link dev.copse.cascade.fold.OutOfFoldPredictions}): k-fold
 * class vectors for the training rows, the level's final members, and the seeds of every fit
 * ({@link dev.copse.cascade.fold.FoldSeeds}).
 */
package dev.copse.cascade.fold;
