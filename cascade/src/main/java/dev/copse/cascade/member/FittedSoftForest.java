package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftForestClassifier;
import dev.copse.forest.soft.SoftForestFile;
import dev.copse.forest.soft.SoftTree;

/**
 * A trained soft forest as a cascade member, answering in one {@link InferenceMode}; predictions and costs
 * are the forest's own ({@link SoftForestClassifier}). In a model file it is stored as
 * {@link SoftForestFile#writeArrays} lays a forest out, under the member's prefix, and described as
 * {@code {"kind": "soft-forest", "mode": <mode>, "forest": <SoftForestFile.describe>}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FittedSoftForest implements FittedMember {

    /** The {@code "kind"} this member writes into its description. */
    public static final String KIND = "soft-forest";

    private final SoftForest forest;
    private final InferenceMode mode;
    private final SoftForestClassifier classifier;

    /** @throws IllegalArgumentException if an argument is null */
    public FittedSoftForest(SoftForest forest, InferenceMode mode) {
        if (forest == null || mode == null) {
            throw new IllegalArgumentException("forest and inference mode must not be null");
        }
        this.forest = forest;
        this.mode = mode;
        this.classifier = SoftForestClassifier.of(forest, mode);
    }

    /** The wrapped forest. */
    public SoftForest forest() {
        return forest;
    }

    public InferenceMode mode() {
        return mode;
    }

    @Override
    public String description() {
        return classifier.description() + ", " + nodeCount() + " nodes";
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
        long nodes = 0;
        for (SoftTree tree : forest.trees()) {
            nodes += tree.nodeCount();
        }
        return nodes;
    }

    @Override
    public StaticCost staticCost() {
        return classifier.staticCost();
    }

    @Override
    public float[] predictProba(float[] x, int n) {
        ForestPredictions predictions = switch (mode) {
            case SOFT -> forest.predictSoft(x, n);
            case HARD -> forest.predictHard(x, n);
            case PRUNED_SOFT -> forest.predictPrunedSoft(x, n);
        };
        return predictions.probabilities();
    }

    @Override
    public void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        classifier.predictProba(row, offset, out, outOffset, ledger);
    }

    @Override
    public JsonObject describe() {
        return JsonObject.builder().put("kind", KIND).put("mode", mode.name())
                .put("forest", SoftForestFile.describe(forest)).build();
    }

    @Override
    public void writeArrays(ModelFileWriter writer, String prefix) {
        SoftForestFile.writeArrays(forest, prefix, writer);
    }

    @Override
    public String toString() {
        return "FittedSoftForest[" + description() + "]";
    }
}
