/**
 * Deep-forest cascades: level members behind a small interface, out-of-fold class vectors, growth with
 * early stopping, connectivity between levels (previous, dense, learned) and multi-grained scanning.
 * Depends on {@code forest}, {@code efficiency} and {@code core} only.
 */
package dev.copse.cascade;
