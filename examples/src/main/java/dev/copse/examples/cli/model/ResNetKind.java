package dev.copse.examples.cli.model;

import dev.copse.cnn.model.CnnClassifier;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.ScheduleSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.TrainTest;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.progress.ProgressListener;
import dev.copse.efficiency.model.CostedClassifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code resnet}: a ResNet-(6n+2) with stage widths 16/32/64 (docs/CNN.md), trained with SGD (momentum 0.9,
 * weight decay 5e-4) on a cosine schedule. Defaults are the recipe measured on full MNIST: depth 8, 3 epochs,
 * batch 128, learning rate 0.1, seed 1.
 */
final class ResNetKind implements ModelKind {

    private static final Set<String> OPTIONS = Set.of("--depth", "--epochs", "--learning-rate", "--batch-size",
            "--seed");
    private static final int[] WIDTHS = {16, 32, 64};

    @Override
    public String name() {
        return "resnet";
    }

    @Override
    public String fileType() {
        return ResNetSpec.MODEL_TYPE;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public TrainedModel train(TrainTest data, TrainSettings settings, ProgressListener listener) {
        Dataset train = data.train();
        ImageShape shape = train.imageShape().orElseThrow(() -> new IllegalArgumentException("resnet needs images,"
                + " but the data " + train.provenance().source() + " has no image shape; use default, mnist,"
                + " fashion-mnist or a folder of IDX image files"));
        ResNetSpec spec = ResNetSpec.builder().depth(settings.depth() == null ? 8 : settings.depth())
                .widths(WIDTHS).inputShape(shape.channels(), shape.height(), shape.width())
                .classes(train.numClasses()).build();
        double rate = settings.learningRate() == null ? 0.1 : settings.learningRate();
        TrainingOptions options = TrainingOptions.builder()
                .epochs(settings.epochs() == null ? 3 : settings.epochs())
                .batchSize(settings.batchSize() == null ? 128 : settings.batchSize())
                .optimizer(OptimizerSettings.sgd(rate, 5e-4))
                .schedule(ScheduleSettings.cosine())
                .seed(settings.seed() == null ? 1 : settings.seed())
                .build();
        return new Trained(CnnTrainer.train(spec, train, options, listener));
    }

    @Override
    public TrainedModel load(ModelFile file) throws IOException {
        return new Trained(ResNetModel.from(file));
    }

    private record Trained(ResNetModel model) implements TrainedModel {

        @Override
        public List<CostedClassifier> modes() {
            ResNetSpec spec = model.architecture();
            String widths = spec.widths().stream().map(String::valueOf).collect(Collectors.joining("/"));
            return List.of(new CnnClassifier(model, "ResNet-" + spec.depth() + " (" + widths + ")"));
        }

        @Override
        public List<String> structure() {
            ResNetSpec spec = model.architecture();
            return List.of(String.format("ResNet-%d: %d residual blocks, widths %s, input %s, %d parameters",
                    spec.depth(), spec.blocks(), spec.widths(), spec.inputShape(),
                    model.staticCost().parameters()));
        }

        @Override
        public void save(Path file) throws IOException {
            model.save(file);
        }
    }
}
