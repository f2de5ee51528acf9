package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End-to-end learning on the MNIST sample embedded in Copse (6,000 training and 1,000 test images). The
 * tree counts are kept small for speed; at these counts the forests reached 94.0 % (random, 60 trees) and
 * 93.0 % (completely random, 50 trees) when the test was written, so the bars leave a margin.
 */
class MnistSubsetAccuracyTest {

    private static TrainTest data;
    private static BinnedFeatures binned;

    @BeforeAll
    static void load() throws IOException {
        data = Datasets.load("default", ProgressListener.none());
        binned = FeatureBinner.fit(data.train(), BinningOptions.defaults(), 1, 2).transform(data.train(), 2);
    }

    private static double accuracy(HardForest forest) {
        int[] predicted = forest.predict(data.test());
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == data.test().label(i)) {
                correct++;
            }
        }
        return (double) correct / predicted.length;
    }

    @Test
    void randomForestReaches93Percent() {
        HardForest forest = RandomForest.fit(binned, data.train().labels(), 10,
                RandomForest.Options.defaults().withTrees(60).withThreads(2), ProgressListener.none());
        double accuracy = accuracy(forest);
        assertTrue(accuracy >= 0.93, "random forest test accuracy " + accuracy);
    }

    @Test
    void completelyRandomForestReaches90Percent() {
        HardForest forest = CompletelyRandomForest.fit(binned, data.train().labels(), 10,
                CompletelyRandomForest.Options.defaults().withTrees(50).withThreads(2), ProgressListener.none());
        double accuracy = accuracy(forest);
        assertTrue(accuracy >= 0.90, "completely-random forest test accuracy " + accuracy);
    }
}
