package dev.copse.cascade.member;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * An instrumented member for tests on {@link IdentifiedRows}: every fitted member remembers the ids it was
 * trained on and fails with an {@link AssertionError} if it is ever asked for the vector of one of them.
 * The specification logs every fit, so a test can check which rows each model saw and predicted.
 */
public final class RecordingMember implements MemberSpec {

    /** One fit: the ids trained on and, filled in as it predicts, the ids it gave vectors for. */
    public record Fit(BitSet trained, BitSet predicted) {
    }

    private final List<Fit> fits = Collections.synchronizedList(new ArrayList<>());

    /** Every fit so far, in order. */
    public List<Fit> fits() {
        return fits;
    }

    @Override
    public String name() {
        return "recording member";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        BitSet trained = new BitSet();
        float[] x = train.features();
        for (int r = 0; r < train.size(); r++) {
            trained.set(IdentifiedRows.id(x, r, train.numFeatures()));
        }
        Fit fit = new Fit(trained, new BitSet());
        fits.add(fit);
        return new Fitted(fit, train.numFeatures(), train.numClasses());
    }

    private record Fitted(Fit fit, int numFeatures, int numClasses) implements FittedMember {

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
            if (fit.trained().get(id)) {
                throw new AssertionError("asked for the vector of row " + id + ", which this member trained on");
            }
            synchronized (fit) {
                fit.predicted().set(id);
            }
            Arrays.fill(out, outOffset, outOffset + numClasses, 1f / numClasses);
        }

        @Override
        public String description() {
            return "recording member";
        }

        @Override
        public long nodeCount() {
            return 0;
        }

        @Override
        public StaticCost staticCost() {
            return new StaticCost(0, 0, Cost.ZERO);
        }

        @Override
        public JsonObject describe() {
            return JsonObject.builder().put("kind", "recording").build();
        }

        @Override
        public void writeArrays(ModelFileWriter writer, String prefix) {
            writer.put(prefix + ".trained", fit.trained().stream().toArray(), fit.trained().cardinality());
        }
    }
}
