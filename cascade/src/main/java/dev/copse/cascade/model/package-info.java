/**
 * The trained cascade: {@link dev.copse.cascade.model.CascadeModel} (scanner, kept levels, prediction with a
 * per-input cost ledger, static cost, saving and loading) and its
 * {@link dev.copse.cascade.model.CascadeLevel}s.
 */
package dev.copse.cascade.model;
