/**
 * Copse's classic axis-aligned forests on binned features: {@link dev.copse.forest.hard.RandomForest} and
 * gcForest's {@link dev.copse.forest.hard.CompletelyRandomForest}, the member types of a deep-forest cascade
 * level (METHODS.md section 2), both producing an immutable {@link dev.copse.forest.hard.HardForest} of
 * {@link dev.copse.forest.hard.HardTree}s in a flat array layout whose inner nodes cost one comparison each
 * (METHODS.md section 3).
 *
 * <p><b>How training stays fast.</b> Features are binned once into at most 255 quantile bins stored as bytes
 * (package {@code binning}), so a node scores a feature with one pass over its rows into a class histogram
 * (or, for small nodes, by sorting packed keys) instead of sorting values. Rows are partitioned in place,
 * growth uses an explicit stack, and trees are grown in parallel from per-tree seeds.
 *
 * <p><b>Which features a node examines</b> follows scikit-learn's trees: {@code maxFeatures} features are
 * drawn uniformly without replacement and every draw counts, constant ones included, but drawing continues
 * until at least one drawn feature varies in the node. A feature found constant in a node is remembered as
 * constant for its whole subtree and never scanned there again. In deep nodes of image data most features
 * are constant, so this rule is what makes fully grown trees cheap, and it gives trees of the same size and
 * accuracy as scikit-learn's (about one million nodes and 97 % test accuracy for 100 trees on MNIST).
 *
 * <p><b>Files.</b> A forest saves itself as a Copse model file ({@link dev.copse.forest.hard.HardForest#save});
 * {@link dev.copse.forest.hard.HardForestArrays} stores it as nine arrays under a prefix, so a cascade keeps all
 * its forests in one file, and validates every index on load; {@link dev.copse.forest.hard.HardForestOptionsJson}
 * writes the options as JSON.
 */
package dev.copse.forest.hard;
