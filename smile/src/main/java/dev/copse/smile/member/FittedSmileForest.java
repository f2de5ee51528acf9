package dev.copse.smile.member;

import dev.copse.cascade.member.FittedMember;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import smile.base.cart.CART;
import smile.classification.RandomForest;
import smile.data.DataFrame;

/**
 * A trained Smile random forest as a cascade member. Probabilities are Smile's soft vote
 * ({@link RandomForest#predict(smile.data.Tuple, double[])}), placed at the cascade's class indices (a class
 * absent from the training rows gets probability 0).
 *
 * <p>Cost: the static cost counts no parameters and no worst case, and the ledger of a prediction receives
 * nothing, because Smile does not expose what a prediction visits; {@link #nodeCount()} is the trees' node
 * count as Smile reports it. {@link #writeArrays} refuses: a cascade with Smile members cannot be saved in a
 * Copse model file. Immutable; thread-safe as Smile's forest is for prediction.
 */
public final class FittedSmileForest implements FittedMember {

    private final RandomForest forest;
    private final int numFeatures;
    private final int numClasses;
    private final int[] classIndex; // Smile's class position -> cascade class

    FittedSmileForest(RandomForest forest, int numFeatures, int numClasses) {
        this.forest = forest;
        this.numFeatures = numFeatures;
        this.numClasses = numClasses;
        this.classIndex = forest.classes();
    }

    /** {@code n} rows of {@code d} floats as a Smile frame with columns {@code x0 .. x(d-1)}. */
    static DataFrame frame(float[] x, int n, int d) {
        float[][] rows = new float[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, i * d, rows[i], 0, d);
        }
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = "x" + j;
        }
        return DataFrame.of(rows, names);
    }

    @Override
    public float[] predictProba(float[] x, int n) {
        if ((long) n * numFeatures != x.length) {
            throw new IllegalArgumentException(x.length + " values are not " + n + " rows of " + numFeatures);
        }
        DataFrame frame = frame(x, n, numFeatures);
        float[] out = new float[n * numClasses];
        double[] posteriori = new double[classIndex.length];
        for (int i = 0; i < n; i++) {
            forest.predict(frame.get(i), posteriori);
            for (int k = 0; k < classIndex.length; k++) {
                out[i * numClasses + classIndex[k]] = (float) posteriori[k];
            }
        }
        return out;
    }

    @Override
    public void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
        float[] one = new float[numFeatures];
        System.arraycopy(row, offset, one, 0, numFeatures);
        System.arraycopy(predictProba(one, 1), 0, out, outOffset, numClasses);
    }

    @Override
    public int numFeatures() {
        return numFeatures;
    }

    @Override
    public int numClasses() {
        return numClasses;
    }

    @Override
    public String description() {
        return "Smile random forest (" + forest.size() + " trees), " + nodeCount() + " nodes";
    }

    @Override
    public long nodeCount() {
        long nodes = 0;
        for (CART tree : forest.trees()) {
            nodes += tree.size();
        }
        return nodes;
    }

    @Override
    public StaticCost staticCost() {
        return new StaticCost(0, 0, Cost.ZERO);
    }

    @Override
    public JsonObject describe() {
        return JsonObject.builder().put("kind", "smile-random-forest").build();
    }

    @Override
    public void writeArrays(ModelFileWriter writer, String prefix) {
        throw new UnsupportedOperationException("a cascade with Smile random forest members cannot be saved in a"
                + " Copse model file; use Copse's RandomForestMember for a cascade you want to save");
    }
}
