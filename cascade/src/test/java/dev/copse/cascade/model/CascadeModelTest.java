package dev.copse.cascade.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cascade.connect.Connectivity;
import dev.copse.cascade.connect.InputAssembly;
import dev.copse.cascade.grow.CascadeFit;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.grow.ValidationMetric;
import dev.copse.cascade.member.FittedMember;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CascadeModelTest {

    private static Dataset train;
    private static Dataset test;
    private static CascadeModel model;

    /**
     * A dense cascade of three levels of small forests on 1,500 MNIST images, so that levels read several
     * blocks; the metric scores each level above the last, so all three are kept.
     */
    @BeforeAll
    static void grow() throws IOException {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        train = data.train();
        test = data.test();
        CascadeFit fit = CascadeForest.fit(data.train().stratifiedSample(1500, 3),
                CascadePresets.gcforest(4, 2).withConnectivity(Connectivity.DENSE).withMaxLevels(3)
                        .withMetric(new LevelCount()), ProgressListener.none());
        model = fit.model();
        assertEquals(3, model.levels().size());
    }

    /** Scores the n-th level it sees n: every level improves. */
    private static final class LevelCount implements ValidationMetric {
        private int levels;

        @Override
        public String key() {
            return "level count";
        }

        @Override
        public double score(float[] proba, int[] labels, int numClasses) {
            return ++levels;
        }

        @Override
        public boolean improves(double candidate, double best) {
            return candidate > best;
        }
    }

    @Test
    void oneRowAtATimeGivesTheBatchedProbabilitiesAndFillsTheLedger() {
        float[] batch = model.predictProba(test);
        int classes = model.numClasses();
        float[] row = new float[classes];
        for (int r = 0; r < 50; r++) {
            CostLedger ledger = new CostLedger();
            model.predictProba(test.features(), r * 784, row, 0, ledger);
            assertArrayEquals(Arrays.copyOfRange(batch, r * classes, (r + 1) * classes), row, "row " + r);

            Cost expected = membersCost(r);
            Cost realised = ledger.snapshot();
            assertEquals(expected.comparisons(), realised.comparisons());
            // the final mean: (M - 1) C additions and C divisions on top of the members' own FLOPs
            int m = model.levels().get(model.levels().size() - 1).members().size();
            assertEquals(expected.otherFlops() + (long) m * classes, realised.otherFlops());
        }
    }

    /** What every member of every level costs on test row {@code r}, replaying the cascade level by level. */
    private static Cost membersCost(int r) {
        CostLedger ledger = new CostLedger();
        float[] base = Arrays.copyOfRange(test.features(), r * 784, (r + 1) * 784);
        List<float[]> vectors = new ArrayList<>();
        int[] widths = model.levels().stream().mapToInt(CascadeLevel::vectorWidth).toArray();
        for (CascadeLevel level : model.levels()) {
            float[] input = new float[level.inputWidth()];
            InputAssembly.assembleRow(level.sources(), base, 0, 784, vectors, widths, input);
            float[] v = new float[level.vectorWidth()];
            for (int m = 0; m < level.members().size(); m++) {
                FittedMember member = level.members().get(m);
                member.predictProba(input, 0, v, m * model.numClasses(), ledger);
            }
            vectors.add(v);
        }
        return ledger.snapshot();
    }

    @Test
    void predictionsDoNotDependOnTheRowBlocks() {
        int n = CascadeModel.ROW_BLOCK + 300;
        float[] x = new float[n * 784];
        for (int r = 0; r < n; r++) {
            System.arraycopy(test.features(), (r % test.size()) * 784, x, r * 784, 784);
        }
        float[] many = model.predictProba(x, n);
        float[] once = model.predictProba(test);
        int classes = model.numClasses();
        for (int r = CascadeModel.ROW_BLOCK - 5; r < n; r++) {
            int source = r % test.size();
            assertArrayEquals(Arrays.copyOfRange(once, source * classes, (source + 1) * classes),
                    Arrays.copyOfRange(many, r * classes, (r + 1) * classes), "row " + r);
        }
    }

    @Test
    void staticCostSumsTheMembersPlusTheFinalMean() {
        long parameters = 0;
        long comparisons = 0;
        for (CascadeLevel level : model.levels()) {
            for (FittedMember member : level.members()) {
                parameters += member.staticCost().parameters();
                comparisons += member.staticCost().worstCasePerInput().comparisons();
            }
        }
        assertEquals(parameters, model.staticCost().parameters());
        assertEquals(comparisons, model.staticCost().worstCasePerInput().comparisons());
    }

    @Test
    void oneSeedGivesTheSameCascadeForAnyThreadCount() {
        Dataset small = train.stratifiedSample(800, 9);
        float[] one = smallCascade(small, 1, 1L).predictProba(test);
        float[] two = smallCascade(small, 2, 1L).predictProba(test);
        float[] otherSeed = smallCascade(small, 2, 2L).predictProba(test);
        assertArrayEquals(one, two);
        assertFalse(Arrays.equals(one, otherSeed));
    }

    private static CascadeModel smallCascade(Dataset data, int threads, long seed) {
        return CascadeForest.fit(data, CascadePresets.gcforest(3, threads).withMaxLevels(2).withSeed(seed),
                ProgressListener.none()).model();
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> model.predictProba(new float[783], 1));
        float[] nan = new float[784];
        nan[5] = Float.NaN;
        assertThrows(IllegalArgumentException.class, () -> model.predictProba(nan, 1));
    }
}
