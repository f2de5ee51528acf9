package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.ScheduleSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A few steps of gate training on a toy problem move the computation percentage towards its target. */
class DfsTrainingTest {

    private static final int SIDE = 8;

    /** 96 noisy 8x8 images: class 0 bright on the left half, class 1 on the right. */
    private static Dataset toy() {
        SplittableRandom random = new SplittableRandom(1);
        int rows = 96;
        float[] x = new float[rows * SIDE * SIDE];
        int[] y = new int[rows];
        for (int n = 0; n < rows; n++) {
            y[n] = n % 2;
            for (int i = 0; i < SIDE; i++) {
                for (int j = 0; j < SIDE; j++) {
                    boolean lit = (j < SIDE / 2) == (y[n] == 0);
                    x[n * SIDE * SIDE + i * SIDE + j] = (float) ((lit ? 0.7 : 0.1) + 0.2 * random.nextDouble());
                }
            }
        }
        return Dataset.of(x, y, List.of("left", "right"), Dataset.indexFeatureNames(SIDE * SIDE),
                new ImageShape(1, SIDE, SIDE), new Provenance("toy", "0".repeat(64)));
    }

    private static TrainingOptions options(int epochs, OptimizerSettings optimizer) {
        return TrainingOptions.builder().epochs(epochs).batchSize(16).optimizer(optimizer)
                .schedule(ScheduleSettings.constant()).seed(3).build();
    }

    @Test
    void gateMovesComputationTowardsItsTarget() {
        ResNetSpec spec = ResNetSpec.builder().inputShape(1, SIDE, SIDE).widths(4, 4, 8).classes(2).build();
        DfsNetwork network = new DfsNetwork(spec, BitwidthOptions.DEFAULT, ParameterSource.initializing(2));
        Dataset data = toy();
        CnnTrainer.fit(network, data, options(2, OptimizerSettings.sgd(0.05, 0)), ProgressListener.none());

        network.setStage(DfsStage.GATES, BudgetLoss.signSwitching(0.2, 100));
        CnnTrainer.fit(network, data, options(1, OptimizerSettings.adam(0.02, 0)), ProgressListener.none());
        double before = network.takeTrainingDecisions().computationPercentage();
        CnnTrainer.fit(network, data, options(4, OptimizerSettings.adam(0.02, 0)), ProgressListener.none());
        double towardsFull = network.takeTrainingDecisions().computationPercentage();
        // measured with seed 2/3: 76.6 -> 100
        assertTrue(towardsFull > before && towardsFull >= 95, "target 100: cp went " + before + " -> " + towardsFull);

        network.setStage(DfsStage.JOINT, BudgetLoss.signSwitching(0.2, 20));
        double last = Double.NaN;
        for (int epoch = 0; epoch < 6; epoch++) {
            CnnTrainer.fit(network, data, options(1, OptimizerSettings.adam(0.02, 0)), ProgressListener.none());
            last = network.takeTrainingDecisions().computationPercentage();
        }
        // measured: 100 -> 100, 100, 84, 11, 12, 21 over the six epochs; halfway to the target is 60
        assertTrue(last < 60, "target 20: cp went " + towardsFull + " -> " + last);
    }

    @Test
    void oneSeedGivesTheSameModelAndItsLogListsEveryGatedEpoch() {
        ResNetSpec spec = ResNetSpec.builder().inputShape(1, SIDE, SIDE).widths(4, 4, 8).classes(2).build();
        TrainingOptions one = options(1, OptimizerSettings.sgd(0.05, 0));
        DfsTrainingOptions settings = new DfsTrainingOptions(one, options(2, OptimizerSettings.adam(0.02, 0)), one,
                BudgetLoss.smooth(0.05, 40), 0.2, 10, 1.0);
        Dataset data = toy();
        List<String> events = new ArrayList<>();
        DfsModel first = DfsTrainer.train(spec, BitwidthOptions.of(0, 8, 32), data, settings,
                event -> events.add(event.task()));
        DfsModel second = DfsTrainer.train(spec, BitwidthOptions.of(0, 8, 32), data, settings,
                ProgressListener.none());
        float[] images = Arrays.copyOf(data.features(), 16 * SIDE * SIDE);
        assertArrayEquals(first.newExecutor().run(images, 16, null).logits(),
                second.newExecutor().run(images, 16, null).logits());
        // full fraction 1.0 is never reached by a random gate in one epoch here, so stage 2 runs both epochs
        assertEquals(List.of("dfs gates epoch 1", "dfs gates epoch 2", "dfs joint epoch 1"),
                events.stream().filter(task -> task.startsWith("dfs ")).toList());
        assertEquals(40.0, first.training().get("target_cp").asNumber().doubleValue());
    }
}
