/**
 * {@code copse sase ...}: the commands around spatially-adaptive squeeze-excitation
 * ({@link dev.copse.cnn.sase}); {@code bench-recognition} trains plain, SE and SASE ResNets of equal depth with
 * the same budget and compares them by accuracy over seeds ({@link dev.copse.examples.cli.sase.SeedSpread}),
 * parameters and MACs.
 */
package dev.copse.examples.cli.sase;
