package dev.copse.cnn.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * End-to-end learning on the embedded MNIST subset (6,000 training and 1,000 test images): a narrow
 * ResNet-8 (widths 8/16/32, about 20,000 parameters) trained for two epochs (batch 32, SGD with momentum,
 * cosine schedule) must classify at least 95 % of the test images correctly (it reaches about 96 %).
 */
class MnistSubsetTrainingTest {

    @Test
    void narrowResNet8ReachesNinetyFivePercent() throws Exception {
        TrainTest data = Datasets.load("default", ProgressListener.none());
        ResNetSpec spec = ResNetSpec.builder().widths(8, 16, 32).build();
        TrainingOptions options = TrainingOptions.builder().epochs(2).batchSize(32)
                .optimizer(OptimizerSettings.sgd(0.1, 5e-4)).seed(1).build();
        ResNetModel model = CnnTrainer.train(spec, data.train(), options, ProgressListener.none());
        double accuracy = model.accuracy(data.test());
        assertTrue(accuracy >= 0.95, "test accuracy " + accuracy);
    }
}
