package dev.copse.cascade.grow;

import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.IdentifiedRows;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A member whose accuracy at each level is scripted, for growth tests on {@link IdentifiedRows}: at level
 * {@code t} it predicts a row's label (one-hot) exactly when {@link #correct} holds for the row's id and
 * {@code accuracy[t]}, else the next class. The level is counted from the fits: each level fits a member
 * {@code folds + 1} times, and the cascade fits levels one after another.
 */
final class ScriptedMember implements MemberSpec {

    private final double[] accuracy;
    private final int fitsPerLevel;
    private final AtomicInteger fits = new AtomicInteger();

    ScriptedMember(int folds, double... accuracy) {
        this.accuracy = accuracy.clone();
        this.fitsPerLevel = folds + 1;
    }

    int fits() {
        return fits.get();
    }

    /** Whether the scripted member is right on row {@code id} at the given accuracy: a golden-ratio sequence. */
    static boolean correct(int id, double accuracy) {
        double u = id * 0.6180339887498949 % 1.0;
        return u < accuracy;
    }

    @Override
    public String name() {
        return "scripted member";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        int level = fits.getAndIncrement() / fitsPerLevel;
        return new Fitted(accuracy[level], train.numFeatures(), train.numClasses());
    }

    private record Fitted(double accuracy, int numFeatures, int numClasses) implements FittedMember {

        @Override
        public float[] predictProba(float[] x, int n) {
            float[] out = new float[n * numClasses];
            for (int r = 0; r < n; r++) {
                predictProba(x, r * numFeatures, out, r * numClasses, new CostLedger());
            }
            return out;
        }

        @Override
        public void predictProbaUnchecked(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
            int id = (int) row[offset + IdentifiedRows.ID];
            int label = (int) row[offset + IdentifiedRows.LABEL];
            Arrays.fill(out, outOffset, outOffset + numClasses, 0f);
            out[outOffset + (correct(id, accuracy) ? label : (label + 1) % numClasses)] = 1f;
            if (ledger != null) {
                ledger.addComparisons(1);
            }
        }

        @Override
        public String description() {
            return "scripted at " + accuracy;
        }

        @Override
        public long nodeCount() {
            return 1;
        }

        @Override
        public StaticCost staticCost() {
            return new StaticCost(0, 0, Cost.ZERO);
        }

        @Override
        public JsonObject describe() {
            return JsonObject.builder().put("kind", "scripted").build();
        }

        @Override
        public void writeArrays(ModelFileWriter writer, String prefix) {
            writer.put(prefix + ".accuracy", new float[] {(float) accuracy}, 1);
        }
    }
}
