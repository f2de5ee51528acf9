/**
 * Explanations of soft forests as data: the paths an input takes with their probabilities and each node's
 * contribution to the prediction, gradient × input attribution
 * ({@link dev.copse.forest.explain.Attribution}), split weights as vectors or image-shaped maps, and exports
 * of a tree as JSON and Graphviz DOT text. Drawing is left to callers.
 */
package dev.copse.forest.explain;
