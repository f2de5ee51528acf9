package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import org.junit.jupiter.api.Test;

/**
 * One soft tree with oblique splits learns problems that no axis-aligned stump can: XOR and two spirals.
 * The stump's best accuracy is computed exhaustively on the same data.
 */
class TwoDimensionalProblemsTest {

    private static Options oneTree(int depth, int epochs) {
        return Options.defaults().withTrees(1).withMaxDepth(depth).withEpochs(epochs).withLearningRate(0.05f)
                .withBatchSize(32).withValidation(0f, 1).withThreads(1).withSizePenalty(0f).withFineTuneEpochs(0)
                .withSeed(1);
    }

    @Test
    void xorWithOneTreeOfDepthTwo() {
        ToyData train = ToyData.xor(1000, 1);
        ToyData test = ToyData.xor(1000, 2);
        SoftForest tree = SoftForestTrainer.fit(train.x, train.y, 2, 2, oneTree(2, 40), ProgressListener.none());
        double trainAccuracy = tree.predictSoft(train.x, train.size()).accuracy(train.y);
        double testAccuracy = tree.predictSoft(test.x, test.size()).accuracy(test.y);
        double stump = train.bestStumpAccuracy();
        assertTrue(trainAccuracy >= 0.98 && testAccuracy >= 0.98,
                "XOR: train " + trainAccuracy + ", test " + testAccuracy);
        assertTrue(stump < 0.6, "an axis-aligned stump cannot do XOR, got " + stump);
    }

    @Test
    void twoSpiralsWithOneTreeOfDepthFour() {
        ToyData train = ToyData.spirals(1000, 1.5, 1);
        ToyData test = ToyData.spirals(1000, 1.5, 2);
        SoftForest tree = SoftForestTrainer.fit(train.x, train.y, 2, 2, oneTree(4, 80), ProgressListener.none());
        double trainAccuracy = tree.predictSoft(train.x, train.size()).accuracy(train.y);
        double testAccuracy = tree.predictSoft(test.x, test.size()).accuracy(test.y);
        double stump = train.bestStumpAccuracy();
        assertTrue(trainAccuracy >= 0.98 && testAccuracy >= 0.98,
                "spirals: train " + trainAccuracy + ", test " + testAccuracy);
        assertTrue(stump < 0.7, "an axis-aligned stump cannot separate two spirals, got " + stump);
    }
}
