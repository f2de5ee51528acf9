package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.forest.hard.HardForest;
import dev.copse.forest.hard.HardForestArrays;

/**
 * A trained random or completely-random forest as a cascade member: predictions and costs are the
 * {@link HardForest}'s own (see its class description for the cost conventions). In a model file it is
 * stored as {@link HardForestArrays} lays a forest out, under the member's prefix, and described as
 * {@code {"kind": "hard-forest", "forest": <HardForestArrays.describe>}}.
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
        return forest.description() + ", " + forest.nodeCount() + " nodes";
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
    public void predictProbaUnchecked(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        forest.predictProbaUnchecked(row, offset, out, outOffset, ledger);
    }

    @Override
    public JsonObject describe() {
        return JsonObject.builder().put("kind", KIND).put("forest", HardForestArrays.describe(forest)).build();
    }

    @Override
    public void writeArrays(ModelFileWriter writer, String prefix) {
        HardForestArrays.write(forest, prefix, writer);
    }

    @Override
    public String toString() {
        return "HardForestMember[" + description() + "]";
    }
}
