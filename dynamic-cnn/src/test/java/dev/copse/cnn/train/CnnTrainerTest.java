package dev.copse.cnn.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.progress.ProgressEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CnnTrainerTest {

    private static final ResNetSpec SPEC = ResNetSpec.builder().inputShape(1, 8, 8).widths(4, 4, 8).classes(2).build();

    @Test
    void learnsASimplePatternAndReportsProgress() {
        Dataset data = stripes(160, 1);
        ResNet net = SPEC.initialize(2);
        List<ProgressEvent> events = new ArrayList<>();
        TrainingOptions options = TrainingOptions.builder().epochs(4).batchSize(16)
                .optimizer(OptimizerSettings.sgd(0.05, 0)).progressEvery(3).seed(3).build();
        TrainingReport report = CnnTrainer.fit(net, data, options, events::add);
        assertEquals(4, report.epochs().size());
        assertEquals(4, report.bestEpoch());
        Evaluation evaluation = CnnTrainer.evaluate(net, stripes(64, 9), 16);
        assertTrue(evaluation.accuracy() >= 0.95, "accuracy " + evaluation.accuracy());
        assertTrue(report.last().trainLoss() < report.epochs().getFirst().trainLoss());
        long ends = events.stream().filter(ProgressEvent::isFinished).count();
        assertEquals(4, ends);
        assertTrue(events.size() > 4, "progress within epochs too");
        assertTrue(events.getFirst().task().contains("1/4"));
    }

    @Test
    void adamWithStepDecayAndWarmupAlsoLearns() {
        ResNet net = SPEC.initialize(4);
        TrainingOptions options = TrainingOptions.builder().epochs(4).batchSize(16)
                .optimizer(OptimizerSettings.adam(0.01, 0)).schedule(ScheduleSettings.stepDecay(2, 0.5))
                .warmupEpochs(1).seed(5).build();
        TrainingReport report = CnnTrainer.fit(net, stripes(160, 7), options, event -> { });
        assertTrue(CnnTrainer.evaluate(net, stripes(64, 8), 16).accuracy() >= 0.95);
        assertEquals(0.005, report.last().learningRate(), 1e-9);
    }

    @Test
    void trainedModelRecordsHowItWasMade() {
        TrainingOptions options = TrainingOptions.builder().epochs(1).batchSize(16).seed(21).build();
        ResNetModel model = CnnTrainer.train(SPEC, stripes(32, 2), options, event -> { });
        assertEquals(21, model.training().get("seed").asNumber().longValueExact());
        assertEquals("0".repeat(64), model.training().get("data_sha256").asString());
        assertEquals(1, model.training().get("epochs").asArray().size());
        assertEquals(List.of("vertical", "horizontal"), model.classNames());
    }

    @Test
    void sameSeedGivesTheSameWeights() {
        Dataset data = stripes(64, 4);
        TrainingOptions options = TrainingOptions.builder().epochs(1).batchSize(16)
                .augmentation(Augmentation.crop(1)).seed(11).build();
        ResNet a = SPEC.initialize(options.seed());
        ResNet b = SPEC.initialize(options.seed());
        CnnTrainer.fit(a, data, options, event -> { });
        CnnTrainer.fit(b, data, options, event -> { });
        for (int i = 0; i < a.parameters().size(); i++) {
            assertArrayEquals(a.parameters().get(i).values(), b.parameters().get(i).values(),
                    a.parameters().get(i).name());
        }
        for (int i = 0; i < a.runningStates().size(); i++) {
            assertArrayEquals(a.runningStates().get(i).values(), b.runningStates().get(i).values());
        }
    }

    @Test
    void divergenceStopsWithAMessageNamingTheLearningRate() {
        TrainingOptions options = TrainingOptions.builder().epochs(5).batchSize(16)
                .optimizer(OptimizerSettings.sgd(1e8, 0)).schedule(ScheduleSettings.constant()).build();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class,
                () -> CnnTrainer.fit(SPEC.initialize(1), stripes(64, 5), options, event -> { }));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        assertTrue(e.step() > 0);
    }

    @Test
    void earlyStoppingKeepsTheBestEpoch() {
        // A learning rate this small leaves the validation accuracy where it is, so it never improves after
        // epoch 1 and training stops after `patience` more epochs.
        TrainingOptions options = TrainingOptions.builder().epochs(10).batchSize(16)
                .optimizer(OptimizerSettings.sgd(1e-12, 0)).earlyStopping(0.25, 2).build();
        ResNet net = SPEC.initialize(1);
        TrainingReport report = CnnTrainer.fit(net, stripes(64, 6), options, event -> { });
        assertTrue(report.stoppedEarly());
        assertEquals(3, report.epochs().size());
        assertEquals(1, report.bestEpoch());
        assertFalse(Double.isNaN(report.last().validationAccuracy()));
    }

    @Test
    void rejectsDataOfTheWrongShapeAndBadOptions() {
        Dataset wrong = Dataset.of(new float[] {1, 2, 3, 4}, new int[] {0, 1}, List.of("a", "b"),
                List.of("x", "y"), null, new Provenance("tiny", "0".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> CnnTrainer.fit(SPEC.initialize(1), wrong,
                TrainingOptions.builder().build(), event -> { }));
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().batchSize(1).build());
        assertThrows(IllegalArgumentException.class, () -> OptimizerSettings.sgd(0, 0));
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().earlyStopping(1, 1).build());
    }

    @Test
    void schedulesAreStatedInEpochs() {
        var step = ScheduleSettings.stepDecay(2, 0.1).schedule(1.0, 6, 10);
        assertEquals(1.0, step.rate(19), 1e-12);
        assertEquals(0.1, step.rate(20), 1e-12);
        var cosine = ScheduleSettings.cosine().schedule(1.0, 2, 10);
        assertEquals(0.5, cosine.rate(10), 1e-12);
        assertEquals(0.0, cosine.rate(20), 1e-12);
    }

    /** 8x8 images of a vertical (class 0) or horizontal (class 1) bright stripe at a random place, with noise. */
    static Dataset stripes(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * 64];
        int[] y = new int[rows];
        for (int n = 0; n < rows; n++) {
            y[n] = n % 2;
            int at = random.nextInt(8);
            for (int i = 0; i < 64; i++) {
                boolean on = y[n] == 0 ? i % 8 == at : i / 8 == at;
                x[n * 64 + i] = (on ? 0.8f : 0f) + (float) (0.2 * random.nextDouble());
            }
        }
        ImageShape shape = new ImageShape(1, 8, 8);
        return Dataset.of(x, y, List.of("vertical", "horizontal"), Dataset.pixelFeatureNames(shape), shape,
                new Provenance("stripes", "0".repeat(64)));
    }

}
