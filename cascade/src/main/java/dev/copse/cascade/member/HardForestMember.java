package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.forest.hard.HardForest;
import dev.copse.forest.hard.HardTree;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;

/**
 * A trained random or completely-random forest as a cascade member: predictions and costs are the
 * {@link HardForest}'s own (see its class description for the cost conventions).
 *
 * <p><b>Stored arrays</b> ({@link #writeArrays}), {@code N} nodes of all trees in tree order, {@code S} leaf
 * distribution slots, {@code C} classes, {@code E} bin edges of all features:
 * <ul>
 *   <li>{@code tree_nodes}, {@code tree_slots}, {@code tree_depth}: I32 {@code [trees]};</li>
 *   <li>{@code feature}, {@code threshold_bin}, {@code child}: I32 {@code [N]}; {@code threshold}: F32
 *       {@code [N]} — node {@code i} of a tree as {@link HardTree} lays it out, node indices local to the tree;
 *       a leaf has feature -1, threshold 0, bin 0 and child {@code ~slot} (slot local to the tree);</li>
 *   <li>{@code leaf_values}: F32 {@code [S, C]}, each tree's slots in order: one shared one-hot slot per class
 *       that has a pure leaf (numbered in order of first use), one slot per mixed leaf;</li>
 *   <li>{@code bin_edges}: F32 {@code [E]}, {@code bin_edge_counts}: I32 {@code [d]} — the binner.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class HardForestMember implements FittedMember {

    /** The {@code "kind"} this member writes into its description. */
    public static final String KIND = "hard-forest";

    private final HardForest forest;

    public HardForestMember(HardForest forest) {
        if (forest == null) {
            throw new IllegalArgumentException("forest must not be null");
        }
        this.forest = forest;
    }

    /** The wrapped forest. */
    public HardForest forest() {
        return forest;
    }

    @Override
    public String description() {
        return forest.options().algorithm() + ", " + forest.numTrees() + " trees, " + forest.nodeCount() + " nodes";
    }

    @Override
    public int numFeatures() {
        return forest.numFeatures();
    }

    @Override
    public int numClasses() {
        return forest.numClasses();
    }

    @Override
    public long nodeCount() {
        return forest.nodeCount();
    }

    @Override
    public StaticCost staticCost() {
        return forest.staticCost();
    }

    @Override
    public float[] predictProba(float[] x, int n) {
        return forest.predictProba(x, n);
    }

    @Override
    public void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        forest.predictProba(row, offset, out, outOffset, ledger);
    }

    @Override
    public JsonObject describe() {
        return JsonObject.builder()
                .put("kind", KIND)
                .put("algorithm", forest.options().algorithm())
                .put("trees", forest.numTrees())
                .put("classes", forest.numClasses())
                .put("features", forest.numFeatures())
                .put("seed", forest.options().seed())
                .build();
    }

    @Override
    public void writeArrays(ModelFileWriter writer, String prefix) {
        int trees = forest.numTrees();
        int classes = forest.numClasses();
        int nodes = Math.toIntExact(forest.nodeCount());
        int slots = 0;
        for (HardTree tree : forest.trees()) {
            slots = Math.addExact(slots, tree.distributionCount());
        }
        int[] treeNodes = new int[trees];
        int[] treeSlots = new int[trees];
        int[] treeDepth = new int[trees];
        int[] feature = new int[nodes];
        int[] bin = new int[nodes];
        int[] child = new int[nodes];
        float[] threshold = new float[nodes];
        float[] leafValues = new float[Math.multiplyExact(slots, classes)];
        int nodeBase = 0;
        int slotBase = 0;
        for (int t = 0; t < trees; t++) {
            HardTree tree = forest.tree(t);
            treeNodes[t] = tree.nodeCount();
            treeDepth[t] = tree.depth();
            treeSlots[t] = tree.distributionCount();
            int used = writeTree(tree, nodeBase, slotBase, classes, feature, bin, threshold, child, leafValues);
            if (used != tree.distributionCount()) {
                throw new IllegalStateException("tree " + t + " stores " + tree.distributionCount()
                        + " leaf distributions but its leaves need " + used);
            }
            nodeBase += tree.nodeCount();
            slotBase += used;
        }
        writer.put(prefix + "tree_nodes", treeNodes, trees)
                .put(prefix + "tree_slots", treeSlots, trees)
                .put(prefix + "tree_depth", treeDepth, trees)
                .put(prefix + "feature", feature, nodes)
                .put(prefix + "threshold_bin", bin, nodes)
                .put(prefix + "child", child, nodes)
                .put(prefix + "threshold", threshold, nodes)
                .put(prefix + "leaf_values", leafValues, slots, classes);
        writeBinner(writer, prefix, forest.binner());
    }

    /**
     * Writes one tree's nodes from {@code nodeBase} and its leaf distributions from slot {@code slotBase};
     * returns the slots it used. Slots are numbered by {@link HardTree}'s rule, reconstructed from its public
     * view: the first pure leaf of a class opens that class's shared slot, every mixed leaf its own.
     */
    private static int writeTree(HardTree tree, int nodeBase, int slotBase, int classes, int[] feature, int[] bin,
                                 float[] threshold, int[] child, float[] leafValues) {
        int[] sharedSlot = new int[classes];
        Arrays.fill(sharedSlot, -1);
        int slots = 0;
        for (int i = 0; i < tree.nodeCount(); i++) {
            if (tree.isLeaf(i)) {
                float[] distribution = tree.leafDistribution(i);
                int pure = pureClass(distribution);
                int slot = pure >= 0 && sharedSlot[pure] >= 0 ? sharedSlot[pure] : slots++;
                if (pure >= 0) {
                    sharedSlot[pure] = slot;
                }
                // a count that disagrees with the tree's is reported by the caller; never write past the array
                if (slotBase + slot < leafValues.length / classes) {
                    System.arraycopy(distribution, 0, leafValues, (slotBase + slot) * classes, classes);
                }
                feature[nodeBase + i] = -1;
                child[nodeBase + i] = ~slot;
            } else {
                feature[nodeBase + i] = tree.feature(i);
                bin[nodeBase + i] = tree.thresholdBin(i);
                threshold[nodeBase + i] = tree.threshold(i);
                child[nodeBase + i] = tree.left(i);
            }
        }
        return slots;
    }

    /** The class of a one-hot distribution, or -1 for a mixed one. */
    private static int pureClass(float[] distribution) {
        int pure = -1;
        for (int c = 0; c < distribution.length; c++) {
            if (distribution[c] == 1f) {
                pure = c;
            } else if (distribution[c] != 0f) {
                return -1;
            }
        }
        return pure;
    }

    private static void writeBinner(ModelFileWriter writer, String prefix, FeatureBinner binner) {
        int d = binner.numFeatures();
        int[] counts = new int[d];
        int total = 0;
        for (int f = 0; f < d; f++) {
            counts[f] = binner.numBins(f) - 1;
            total += counts[f];
        }
        float[] edges = new float[total];
        int at = 0;
        for (int f = 0; f < d; f++) {
            float[] e = binner.edges(f);
            System.arraycopy(e, 0, edges, at, e.length);
            at += e.length;
        }
        writer.put(prefix + "bin_edges", edges, total).put(prefix + "bin_edge_counts", counts, d);
    }

    @Override
    public String toString() {
        return "HardForestMember[" + description() + "]";
    }
}
