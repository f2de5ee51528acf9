package dev.copse.cascade.grow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.connect.LearnedConnectivity;
import dev.copse.cascade.connect.Source;
import dev.copse.cascade.connect.SourceGate;
import dev.copse.cascade.member.RandomForestMember;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.RandomForest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Learned connectivity in a growing cascade: the first level's members emit pure noise, the second level's
 * are random forests; the second level's gates must cut the noisy first level, the model must record only
 * the features as its source, and inference must never run the cut level.
 */
class LearnedConnectivityGrowthTest {

    private static Dataset synthetic(int n, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * 4];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                x[i * 4 + j] = (float) random.nextGaussian();
            }
            double a = x[i * 4] + x[i * 4 + 1];
            double b = x[i * 4 + 2] - x[i * 4];
            y[i] = a > b ? (a > 0.5 ? 0 : 1) : 2;
        }
        return Dataset.of(x, y, List.of("a", "b", "c"), Dataset.indexFeatureNames(4), null,
                new Provenance("synthetic " + seed, "0".repeat(64)));
    }

    @Test
    void aNoisyLevelIsCutAndNeverComputedAtInference() {
        int folds = 3;
        NoiseFirstMember member = new NoiseFirstMember(new RandomForestMember(RandomForest.Options.defaults()
                .withTrees(20).withThreads(2)), folds);
        CascadeOptions options = CascadeOptions.of(List.of(member)).withConnectivity(LearnedConnectivity.defaults())
                .withMaxLevels(2).withThreads(2);
        CascadeFit fit = CascadeForest.fit(synthetic(1500, 1), options, ProgressListener.none());

        LevelReport second = fit.report().levels().get(1);
        List<SourceGate> gates = second.gates();
        assertEquals(List.of(Source.features(), Source.level(0)), gates.stream().map(SourceGate::source).toList());
        assertTrue(gates.get(0).kept(), gates.toString());
        assertFalse(gates.get(1).kept(), gates.toString());
        assertEquals(List.of(Source.features()), second.sources());

        assertEquals(2, fit.model().levels().size(), "the random-forest level beats the noise level");
        assertEquals(List.of(Source.features()), fit.model().levels().get(1).sources());
        assertFalse(fit.model().computes(0));
        assertTrue(fit.model().computes(1));
        member.noisePredictions.set(0);
        Dataset test = synthetic(300, 2);
        int[] predicted = fit.model().predict(test);
        assertEquals(0, member.noisePredictions.get(), "the cut level was computed");
        int correct = 0;
        for (int r = 0; r < predicted.length; r++) {
            correct += predicted[r] == test.label(r) ? 1 : 0;
        }
        assertTrue(correct / 300.0 > 0.85, "test accuracy " + correct / 300.0);
    }
}
