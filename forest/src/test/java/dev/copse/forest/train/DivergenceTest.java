package dev.copse.forest.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An absurd learning rate overflows the parameters; training must stop and say what to change. */
class DivergenceTest {

    @ParameterizedTest
    @EnumSource(Combination.class)
    void nonFiniteLossStopsTrainingWithAdvice(Combination combination) {
        ToyData data = ToyData.xor(200, 1);
        Options o = Options.defaults().withTrees(2).withMaxDepth(3).withEpochs(3).withBatchSize(20)
                .withLearningRate(1e38f).withCombination(combination).withValidation(0f, 1).withThreads(1);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> SoftForestTrainer.fit(data.x, data.y, 2, 2, o, ProgressListener.none()));
        assertTrue(e.getMessage().contains("Options.learningRate"), e.getMessage());
        assertTrue(e.getMessage().contains("beta"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Combination.class)
    void badInputIsRejectedBeforeTraining(Combination combination) {
        Options o = Options.defaults().withCombination(combination);
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> SoftForestTrainer.fit(
                new float[] {0, Float.NaN, 1, 2}, new int[] {0, 1}, 2, 2, o, ProgressListener.none()));
        assertTrue(nan.getMessage().contains("row 0, feature 1"), nan.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> SoftForestTrainer.fit(
                new float[] {0, 1, 1, 2}, new int[] {0, 2}, 2, 2, o, ProgressListener.none()));
        assertTrue(label.getMessage().contains("y[1] = 2"), label.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class, () -> SoftForestTrainer.fit(
                new float[] {0, 1, 1}, new int[] {0, 1}, 2, 2, o, ProgressListener.none()));
        assertTrue(shape.getMessage().contains("not a whole number of rows"), shape.getMessage());
    }
}
