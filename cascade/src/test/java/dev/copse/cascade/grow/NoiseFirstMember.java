package dev.copse.cascade.grow;

import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A member that is pure noise at the first level and {@code then} afterwards: its first {@code folds + 1}
 * fits (the first level's) return a member whose class vectors are pseudo-random functions of the row,
 * independent of the label, and which counts how often it is asked.
 */
final class NoiseFirstMember implements MemberSpec {

    private final MemberSpec then;
    private final int fitsOfFirstLevel;
    private final AtomicInteger fits = new AtomicInteger();
    final AtomicInteger noisePredictions = new AtomicInteger();

    NoiseFirstMember(MemberSpec then, int folds) {
        this.then = then;
        this.fitsOfFirstLevel = folds + 1;
    }

    @Override
    public String name() {
        return "noise, then " + then.name();
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        if (fits.getAndIncrement() < fitsOfFirstLevel) {
            return new Noise(train.numFeatures(), train.numClasses(), seed);
        }
        return then.fit(train, seed, listener);
    }

    private final class Noise implements FittedMember {

        private final int numFeatures;
        private final int numClasses;
        private final long seed;

        Noise(int numFeatures, int numClasses, long seed) {
            this.numFeatures = numFeatures;
            this.numClasses = numClasses;
            this.seed = seed;
        }

        @Override
        public float[] predictProba(float[] x, int n) {
            float[] out = new float[n * numClasses];
            for (int r = 0; r < n; r++) {
                predictProba(x, r * numFeatures, out, r * numClasses, null);
            }
            return out;
        }

        @Override
        public void predictProba(float[] row, int offset, float[] out, int outOffset, CostLedger ledger) {
            noisePredictions.incrementAndGet();
            long h = seed;
            for (int j = 0; j < numFeatures; j++) {
                h = h * 0x9E3779B97F4A7C15L + Float.floatToIntBits(row[offset + j]);
            }
            float sum = 0;
            for (int c = 0; c < numClasses; c++) {
                h ^= h >>> 29;
                h *= 0xBF58476D1CE4E5B9L;
                out[outOffset + c] = ((h >>> 40) + 1) / (float) (1L << 24);
                sum += out[outOffset + c];
            }
            for (int c = 0; c < numClasses; c++) {
                out[outOffset + c] /= sum;
            }
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
            return "noise";
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
            return JsonObject.builder().put("kind", "noise").build();
        }

        @Override
        public void writeArrays(ModelFileWriter writer, String prefix) {
            throw new UnsupportedOperationException("a noise member is not saved");
        }
    }
}
