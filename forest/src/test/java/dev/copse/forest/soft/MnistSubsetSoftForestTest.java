package dev.copse.forest.soft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The default soft forest (15 trees of depth 8, summed logits) learns the embedded MNIST subset (6,000 training
 * and 1,000 test images) from raw pixels. Only the number of epochs is cut, from 20 to 6, to keep the suite
 * fast; the accuracy bar is the 93 %.
 */
class MnistSubsetSoftForestTest {

    @Test
    void defaultForestReachesNinetyThreePercentOnTheEmbeddedSubset() throws IOException {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        SoftForest forest = SoftForest.fit(data.train(), Options.defaults().withEpochs(6), ProgressListener.none());

        double soft = forest.predictSoft(data.test().features(), data.test().size()).accuracy(data.test().labels());
        double hard = forest.predictHard(data.test().features(), data.test().size()).accuracy(data.test().labels());

        assertTrue(soft >= 0.93, "soft accuracy " + soft);
        assertTrue(hard >= 0.90, "hard accuracy " + hard);
    }
}
