package dev.copse.forest.hard;

import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;

/**
 * Stores a {@link HardForest} in a model file as nine arrays, whatever its number of trees, and reads it
 * back with every structural invariant checked. Several forests share one file under different prefixes
 * (a cascade stores all its members in one file); {@link HardForest#save} and {@link HardForest#load} use
 * this with the empty prefix for a file of one forest.
 *
 * <h2>Layout</h2>
 * The arrays of prefix {@code p} are named {@code p.<name>} ({@code <name>} alone for the empty prefix).
 * For {@code T} trees, {@code N} nodes in all, {@code S} stored leaf distributions, {@code C} classes,
 * {@code d} features and {@code E} bin edges:
 * <table>
 *   <caption>Arrays of one forest</caption>
 *   <tr><th>name</th><th>type</th><th>shape</th><th>content</th></tr>
 *   <tr><td>{@code nodeOffsets}</td><td>I32</td><td>[T+1]</td><td>tree {@code t} owns nodes
 *       {@code [nodeOffsets[t], nodeOffsets[t+1])}; node indices below are local to their tree</td></tr>
 *   <tr><td>{@code feature}</td><td>I32</td><td>[N]</td><td>feature an inner node tests, -1 at leaves</td></tr>
 *   <tr><td>{@code threshold}</td><td>F32</td><td>[N]</td><td>largest raw value going left, 0 at leaves</td></tr>
 *   <tr><td>{@code child}</td><td>I32</td><td>[N]</td><td>inner node: left child (the right one is next);
 *       leaf: {@code ~k} for the tree's leaf distribution {@code k}</td></tr>
 *   <tr><td>{@code depth}</td><td>I32</td><td>[T]</td><td>depth of each tree's deepest leaf</td></tr>
 *   <tr><td>{@code leafOffsets}</td><td>I32</td><td>[T+1]</td><td>tree {@code t} owns leaf distributions
 *       {@code [leafOffsets[t], leafOffsets[t+1])}</td></tr>
 *   <tr><td>{@code leafValues}</td><td>F32</td><td>[S, C]</td><td>class distributions</td></tr>
 *   <tr><td>{@code edgeOffsets}</td><td>I32</td><td>[d+1]</td><td>feature {@code f} owns edges
 *       {@code [edgeOffsets[f], edgeOffsets[f+1])}</td></tr>
 *   <tr><td>{@code edges}</td><td>F32</td><td>[E]</td><td>the binner's edges, increasing per feature</td></tr>
 * </table>
 * The rest lives in the caller's JSON header as the object {@link #describe} returns:
 * {@code {"options": {...}, "numClasses": C, "numFeatures": d}}, with the options as
 * {@link HardForestOptionsJson} writes them. The byte threshold bins are not stored: a node's bin is the
 * index of its threshold among its feature's edges (a threshold is always the upper edge of its bin), which
 * the reader recomputes, so bins and thresholds cannot disagree.
 *
 * <h2>Validation</h2>
 * {@link #read} checks, and reports as a {@link ModelFileException} naming the file, the prefix and the
 * tree and node: array shapes; offsets that start at 0 and never decrease (trees need at least one node and
 * one distribution); children that come after their parent and inside the tree, each node below the root
 * the child of exactly one node (so the nodes form one tree and every descent ends at a leaf); features in
 * {@code [0, d)}; thresholds that are edges of their feature; leaves with feature -1, threshold 0 and a
 * distribution of their own tree; distributions of finite values in {@code [0, 1]} summing to 1; stored
 * depths equal to the depth found and within the options' limit; valid options and counts. A forest that
 * loads therefore never fails later with an index out of bounds or loops during prediction.
 *
 * <p>Stateless and thread-safe. Cost: linear in the number of nodes, distributions and edges.
 */
public final class HardForestArrays {

    /** How far a stored distribution's sum may stray from 1: float rounding gives at most about 1e-7. */
    private static final double SUM_TOLERANCE = 1e-5;

    private HardForestArrays() {
    }

    /** The JSON description of {@code forest} that {@link #read} needs besides the arrays. */
    public static JsonObject describe(HardForest forest) {
        return JsonObject.builder()
                .put("options", HardForestOptionsJson.toJson(forest.options()))
                .put("numClasses", forest.numClasses())
                .put("numFeatures", forest.numFeatures())
                .build();
    }

    /**
     * Adds the forest's nine arrays under {@code prefix} to {@code out}. The caller puts
     * {@link #describe describe(forest)} into the header it gave {@code out}.
     *
     * @param prefix names this forest's arrays; empty for a file of one forest
     * @throws IllegalArgumentException if {@code out} already holds an array of that name
     */
    public static void write(HardForest forest, String prefix, ModelFileWriter out) {
        Names names = new Names(prefix);
        int trees = forest.numTrees();
        int numClasses = forest.numClasses();
        int[] nodeOffsets = new int[trees + 1];
        int[] leafOffsets = new int[trees + 1];
        int[] depth = new int[trees];
        for (int t = 0; t < trees; t++) {
            HardTree tree = forest.tree(t);
            nodeOffsets[t + 1] = Math.addExact(nodeOffsets[t], tree.nodeCount());
            leafOffsets[t + 1] = Math.addExact(leafOffsets[t], tree.distributionCount());
            depth[t] = tree.depth();
        }
        int nodes = nodeOffsets[trees];
        int[] feature = new int[nodes];
        float[] threshold = new float[nodes];
        int[] child = new int[nodes];
        float[] leafValues = new float[Math.multiplyExact(leafOffsets[trees], numClasses)];
        for (int t = 0; t < trees; t++) {
            HardTree tree = forest.tree(t);
            System.arraycopy(tree.featureArray(), 0, feature, nodeOffsets[t], tree.nodeCount());
            System.arraycopy(tree.thresholdArray(), 0, threshold, nodeOffsets[t], tree.nodeCount());
            System.arraycopy(tree.childArray(), 0, child, nodeOffsets[t], tree.nodeCount());
            System.arraycopy(tree.leafValues(), 0, leafValues, leafOffsets[t] * numClasses,
                    tree.leafValues().length);
        }
        FeatureBinner binner = forest.binner();
        int d = binner.numFeatures();
        int[] edgeOffsets = new int[d + 1];
        for (int f = 0; f < d; f++) {
            edgeOffsets[f + 1] = edgeOffsets[f] + binner.numBins(f) - 1;
        }
        float[] edges = new float[edgeOffsets[d]];
        for (int f = 0; f < d; f++) {
            float[] featureEdges = binner.edges(f);
            System.arraycopy(featureEdges, 0, edges, edgeOffsets[f], featureEdges.length);
        }
        out.put(names.of("nodeOffsets"), nodeOffsets, trees + 1)
                .put(names.of("feature"), feature, nodes)
                .put(names.of("threshold"), threshold, nodes)
                .put(names.of("child"), child, nodes)
                .put(names.of("depth"), depth, trees)
                .put(names.of("leafOffsets"), leafOffsets, trees + 1)
                .put(names.of("leafValues"), leafValues, leafOffsets[trees], numClasses)
                .put(names.of("edgeOffsets"), edgeOffsets, d + 1)
                .put(names.of("edges"), edges, edges.length);
    }

    /**
     * Reads the forest stored under {@code prefix}.
     *
     * @param description the object {@link #describe} made for it, taken from the file's header
     * @throws ModelFileException naming the file, the forest and the problem if an array is missing or has
     *                            the wrong shape, or anything listed in the class description does not hold
     */
    public static HardForest read(ModelFile file, String prefix, JsonObject description) throws ModelFileException {
        Source source = new Source(file, new Names(prefix));
        if (description == null) {
            throw source.error("has no description in the header");
        }
        int numClasses = count(source, description, "numClasses", ForestTrainer.MAX_CLASSES);
        int numFeatures = count(source, description, "numFeatures", Integer.MAX_VALUE - 1);
        HardForestOptions options = options(source, description, numFeatures);
        FeatureBinner binner = binner(source, numFeatures);
        int trees = options.trees();
        int[] nodeOffsets = source.ints("nodeOffsets", trees + 1);
        int nodes = offsets(source, "nodeOffsets", nodeOffsets, 1);
        int[] leafOffsets = source.ints("leafOffsets", trees + 1);
        int slots = offsets(source, "leafOffsets", leafOffsets, 1);
        Stored stored = new Stored(nodeOffsets, source.ints("feature", nodes), source.floats("threshold", nodes),
                source.ints("child", nodes), source.ints("depth", trees), leafOffsets,
                source.floats("leafValues", slots, numClasses), numClasses);
        HardTree[] forest = new HardTree[trees];
        for (int t = 0; t < trees; t++) {
            forest[t] = tree(source, stored, t, binner, options.maxDepth());
        }
        return new HardForest(forest, binner, numClasses, options);
    }

    /** The arrays of all trees, as stored. */
    private record Stored(int[] nodeOffsets, int[] feature, float[] threshold, int[] child, int[] depth,
                          int[] leafOffsets, float[] leafValues, int numClasses) {
    }

    private static HardTree tree(Source source, Stored stored, int t, FeatureBinner binner, int maxDepth)
            throws ModelFileException {
        int from = stored.nodeOffsets[t];
        int n = stored.nodeOffsets[t + 1] - from;
        int slots = stored.leafOffsets[t + 1] - stored.leafOffsets[t];
        int[] feature = Arrays.copyOfRange(stored.feature, from, from + n);
        float[] threshold = Arrays.copyOfRange(stored.threshold, from, from + n);
        int[] child = Arrays.copyOfRange(stored.child, from, from + n);
        byte[] bin = new byte[n];
        boolean[] hasParent = new boolean[n];
        int[] nodeDepth = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            int c = child[i];
            if (c >= 0) {
                // Children after their parent make every descent strictly increase the node index, so it ends.
                if (c <= i || c >= n - 1) {
                    throw source.error(at(t, i) + "has children " + c + " and " + (c + 1L) + ", but children must"
                            + " come after their parent and inside the tree's " + n + " nodes");
                }
                if (hasParent[c] || hasParent[c + 1]) {
                    throw source.error(at(t, i) + "has children " + c + " and " + (c + 1) + ", which already have"
                            + " a parent; every node must be the child of exactly one node");
                }
                hasParent[c] = true;
                hasParent[c + 1] = true;
                nodeDepth[c] = nodeDepth[i] + 1;
                nodeDepth[c + 1] = nodeDepth[i] + 1;
                bin[i] = (byte) thresholdBin(source, binner, t, i, feature[i], threshold[i]);
            } else {
                if (~c >= slots) {
                    throw source.error(at(t, i) + "is a leaf with distribution " + ~c + ", but the tree has "
                            + slots + " distributions");
                }
                if (feature[i] != -1 || Float.floatToRawIntBits(threshold[i]) != 0) {
                    throw source.error(at(t, i) + "is a leaf but has feature " + feature[i] + " and threshold "
                            + threshold[i] + "; leaves store -1 and 0");
                }
                depth = Math.max(depth, nodeDepth[i]);
            }
        }
        for (int i = 1; i < n; i++) {
            if (!hasParent[i]) {
                throw source.error(at(t, i) + "is the child of no node");
            }
        }
        if (depth != stored.depth[t]) {
            throw source.error("tree " + t + " has depth " + depth + ", but the file says " + stored.depth[t]);
        }
        if (depth > maxDepth) {
            throw source.error("tree " + t + " has depth " + depth + ", but its options allow at most " + maxDepth);
        }
        int c = stored.numClasses;
        float[] leafValues = Arrays.copyOfRange(stored.leafValues, stored.leafOffsets[t] * c,
                stored.leafOffsets[t + 1] * c);
        checkDistributions(source, t, leafValues, c);
        return new HardTree(feature, bin, threshold, child, leafValues, c, depth);
    }

    private static int thresholdBin(Source source, FeatureBinner binner, int t, int i, int feature, float threshold)
            throws ModelFileException {
        if (feature < 0 || feature >= binner.numFeatures()) {
            throw source.error(at(t, i) + "tests feature " + feature + ", outside [0, " + binner.numFeatures() + ")");
        }
        int bin = binner.bin(feature, threshold);
        if (bin >= binner.numBins(feature) - 1
                || Float.floatToRawIntBits(binner.upperEdge(feature, bin)) != Float.floatToRawIntBits(threshold)) {
            throw source.error(at(t, i) + "has threshold " + threshold + ", which is not a bin edge of feature "
                    + feature);
        }
        return bin;
    }

    private static void checkDistributions(Source source, int t, float[] values, int numClasses)
            throws ModelFileException {
        for (int k = 0; k < values.length / numClasses; k++) {
            double sum = 0;
            for (int j = k * numClasses; j < (k + 1) * numClasses; j++) {
                if (!(values[j] >= 0 && values[j] <= 1)) {
                    throw source.error("tree " + t + ", leaf distribution " + k + " holds " + values[j]
                            + "; probabilities must be in [0, 1]");
                }
                sum += values[j];
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw source.error("tree " + t + ", leaf distribution " + k + " sums to " + sum + ", not 1");
            }
        }
    }

    private static String at(int tree, int node) {
        return "tree " + tree + ", node " + node + " ";
    }

    /** Checks offsets start at 0 and grow by at least {@code minStep}; returns the last, the total. */
    private static int offsets(Source source, String name, int[] offsets, int minStep) throws ModelFileException {
        if (offsets[0] != 0) {
            throw source.error("array '" + source.names.of(name) + "' starts at " + offsets[0] + ", not 0");
        }
        for (int i = 0; i + 1 < offsets.length; i++) {
            if ((long) offsets[i + 1] - offsets[i] < minStep) {
                throw source.error("array '" + source.names.of(name) + "' goes from " + offsets[i] + " to "
                        + offsets[i + 1] + " at entry " + i + "; it must grow by at least " + minStep);
            }
        }
        return offsets[offsets.length - 1];
    }

    private static FeatureBinner binner(Source source, int numFeatures) throws ModelFileException {
        int[] offsets = source.ints("edgeOffsets", numFeatures + 1);
        float[] edges = source.floats("edges", offsets(source, "edgeOffsets", offsets, 0));
        float[][] perFeature = new float[numFeatures][];
        for (int f = 0; f < numFeatures; f++) {
            int count = offsets[f + 1] - offsets[f];
            if (count > BinningOptions.MAX_BINS - 1) {
                throw source.error("feature " + f + " has " + count + " bin edges; at most "
                        + (BinningOptions.MAX_BINS - 1));
            }
            perFeature[f] = Arrays.copyOfRange(edges, offsets[f], offsets[f + 1]);
        }
        try {
            return FeatureBinner.ofEdges(perFeature);
        } catch (IllegalArgumentException e) {
            throw source.error("bin edges: " + e.getMessage());
        }
    }

    private static HardForestOptions options(Source source, JsonObject description, int numFeatures)
            throws ModelFileException {
        if (!(description.find("options").orElse(null) instanceof JsonObject json)) {
            throw source.error("description needs 'options' as a JSON object");
        }
        try {
            HardForestOptions options = HardForestOptionsJson.fromJson(json);
            options.maxFeatures().resolve(numFeatures);
            return options;
        } catch (IllegalArgumentException e) {
            throw source.error("options: " + e.getMessage());
        }
    }

    private static int count(Source source, JsonObject description, String name, int max)
            throws ModelFileException {
        JsonValue value = description.find(name).orElse(null);
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValueExact() >= 1
                && number.longValueExact() <= max) {
            return (int) number.longValueExact();
        }
        throw source.error("description needs '" + name + "' as a whole number in [1, " + max + "], got " + value);
    }

    /** Array names under one prefix. */
    private record Names(String prefix) {
        Names {
            if (prefix == null) {
                throw new IllegalArgumentException("prefix must not be null; use \"\" for none");
            }
        }

        String of(String field) {
            return prefix.isEmpty() ? field : prefix + "." + field;
        }
    }

    /** The file being read and the forest's prefix, for array access and messages. */
    private record Source(ModelFile file, Names names) {

        ModelFileException error(String problem) {
            String forest = names.prefix().isEmpty() ? "forest" : "forest '" + names.prefix() + "'";
            return new ModelFileException(file.source(), forest + ": " + problem);
        }

        int[] ints(String field, int... shape) throws ModelFileException {
            return file.ints(names.of(field), shape);
        }

        float[] floats(String field, int... shape) throws ModelFileException {
            return file.floats(names.of(field), shape);
        }
    }
}
