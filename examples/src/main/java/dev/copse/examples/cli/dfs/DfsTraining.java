package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.BitwidthOptions;
import dev.copse.cnn.dfs.BudgetLoss;
import dev.copse.cnn.dfs.DfsTrainingOptions;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.ScheduleSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The model and training options shared by {@code copse dfs train} and {@code copse dfs sweep}. */
final class DfsTraining {

    @Option(names = "--depth", paramLabel = "<6n+2>", defaultValue = "8",
            description = "Depth of the three-stage ResNet backbone: 8, 14, 20, ... (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--widths", paramLabel = "<a,b,c>", defaultValue = "16,32,64", split = ",",
            description = "Channels of the three stages (default: ${DEFAULT-VALUE}).")
    int[] widths;

    @Option(names = "--options", paramLabel = "<list>", defaultValue = "skip,4,8,16,32",
            description = "What a gated block may do: skip and bitwidths up to 32, e.g. skip,8,10,12,14,16,32"
                    + " (the paper's) or skip,32 (skip-only baseline) (default: ${DEFAULT-VALUE}).")
    String options;

    @Option(names = "--budget", paramLabel = "<sign|smooth>", defaultValue = "sign",
            description = "Budget term of stage 3: the paper's sign-switching one or beta*max(0, cp-target)"
                    + " (default: ${DEFAULT-VALUE}).")
    String budget;

    @Option(names = "--beta", paramLabel = "<w>",
            description = "Weight of the budget term (default: 0.05 for sign, 0.02 for smooth).")
    Double beta;

    @Option(names = "--batch-size", paramLabel = "<n>", defaultValue = "128", description = "Images per step"
            + " in every stage (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--backbone-epochs", paramLabel = "<n>", defaultValue = "3",
            description = "Stage 1 epochs, SGD 0.1 with cosine decay (default: ${DEFAULT-VALUE}).")
    int backboneEpochs;

    @Option(names = "--gate-epochs", paramLabel = "<n>", defaultValue = "3",
            description = "Most stage 2 epochs (gates alone towards full execution) (default: ${DEFAULT-VALUE}).")
    int gateEpochs;

    @Option(names = "--joint-epochs", paramLabel = "<n>", defaultValue = "3",
            description = "Stage 3 epochs (backbone and gates at the target) (default: ${DEFAULT-VALUE}).")
    int jointEpochs;

    @Option(names = "--gate-learning-rate", paramLabel = "<rate>", defaultValue = "1",
            description = "SGD step size of stage 2, where only the gates train (default: ${DEFAULT-VALUE}).")
    double gateLearningRate;

    @Option(names = "--joint-learning-rate", paramLabel = "<rate>", defaultValue = "0.01",
            description = "SGD step size of stage 3, cosine decay (default: ${DEFAULT-VALUE}).")
    double jointLearningRate;

    @Option(names = "--gate-scale", paramLabel = "<m>", defaultValue = "100",
            description = "Stage 3 multiplies the gates' gradient by this: their SGD step size relative to the"
                    + " backbone's (default: ${DEFAULT-VALUE}).")
    double gateScale;

    BitwidthOptions bitwidthOptions() {
        return BitwidthOptions.parse(options);
    }

    ResNetSpec spec(Dataset train) {
        ImageShape shape = train.imageShape().orElseThrow(() -> new IllegalArgumentException(
                "DFS needs image data; the dataset has no image shape"));
        return ResNetSpec.builder().widths(widths).depth(depth)
                .inputShape(shape.channels(), shape.height(), shape.width()).classes(train.numClasses()).build();
    }

    BudgetLoss budget(double target) {
        BudgetLoss.Kind kind = BudgetLoss.Kind.parse(budget);
        double weight = beta != null ? beta
                : kind == BudgetLoss.Kind.SIGN ? BudgetLoss.DEFAULT_SIGN_BETA : BudgetLoss.DEFAULT_SMOOTH_BETA;
        return new BudgetLoss(kind, weight, target);
    }

    DfsTrainingOptions settings(double target, long seed) {
        TrainingOptions backbone = TrainingOptions.builder().epochs(backboneEpochs).batchSize(batchSize)
                .optimizer(OptimizerSettings.sgd(0.1, 5e-4)).schedule(ScheduleSettings.cosine()).seed(seed).build();
        TrainingOptions gates = TrainingOptions.builder().epochs(gateEpochs).batchSize(batchSize)
                .optimizer(OptimizerSettings.sgd(gateLearningRate, 0)).schedule(ScheduleSettings.constant())
                .seed(seed + 1).build();
        return new DfsTrainingOptions(backbone, gates, joint(seed), budget(target), BudgetLoss.DEFAULT_SIGN_BETA,
                gateScale, DfsTrainingOptions.DEFAULT_FULL_FRACTION);
    }

    TrainingOptions joint(long seed) {
        return TrainingOptions.builder().epochs(jointEpochs).batchSize(batchSize)
                .optimizer(OptimizerSettings.sgd(jointLearningRate, 5e-4)).schedule(ScheduleSettings.cosine())
                .seed(seed + 2).build();
    }

    String describe() {
        return String.format(Locale.ROOT, "ResNet-%d (%d/%d/%d), options %s, %s budget", depth, widths[0],
                widths[1], widths[2], bitwidthOptions(), budget);
    }
}
