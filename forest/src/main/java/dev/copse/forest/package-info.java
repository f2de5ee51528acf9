/**
 * Soft-routing trees whose every node learns its probability of being a leaf, forests of them, topology
 * finalisation, soft, hard and pruned-soft inference, explanations; and the classic axis-aligned random
 * and completely-random forests on binned features that cascades also use.
 */
package dev.copse.forest;
