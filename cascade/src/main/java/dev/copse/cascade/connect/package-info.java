/**
 * Connectivity between cascade levels (METHODS.md section 2): which blocks — the base features and earlier
 * levels' class vectors — feed each level ({@link dev.copse.cascade.connect.Connectivity}, with gcForest's
 * {@code previous} and the {@code dense} rule, and Copse's
 * {@link dev.copse.cascade.connect.LearnedConnectivity learned} rule, whose per-source gates
 * {@link dev.copse.cascade.connect.SourceGates} learns), and how a level's input rows are assembled from
 * them ({@link dev.copse.cascade.connect.InputAssembly}).
 */
package dev.copse.cascade.connect;
