package dev.copse.examples.cli.sase;

import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.sase.synthesis.FewShotGan;
import dev.copse.cnn.sase.synthesis.FrechetDistance;
import dev.copse.cnn.sase.synthesis.GanOptions;
import dev.copse.cnn.sase.synthesis.Generator;
import dev.copse.cnn.sase.synthesis.SkipExcitation;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.examples.cli.CopseCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code copse sase train-gan}: trains the few-shot generator with SASE and with channel-only skip-layer
 * excitation on the first {@code --shots} training images of one class, once per seed, and compares them by
 * the Fréchet distance between generated images and the class's test images, measured on the penultimate
 * features of a ResNet-8 classifier trained here first (a small-scale stand-in for FID). Writes a sample grid
 * per variant (seed 1) as PNG.
 */
@Command(name = "train-gan", mixinStandardHelpOptions = true,
        description = {"Few-shot GAN with SASE versus channel-only skip-layer excitation: train both on the"
                + " first --shots training images of one class and compare their Fréchet distance on a Copse"
                + " classifier's features (lower is better), over several seeds.",
                "A difference of means smaller than the larger spread is reported as a tie."})
public final class TrainGanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default (embedded MNIST subset), mnist, fashion-mnist, or a folder of IDX files.")
    private String data;

    @Option(names = "--class", paramLabel = "<label>", defaultValue = "7", description = "The class to learn.")
    private int label;

    @Option(names = "--shots", paramLabel = "<n>", defaultValue = "100", description = "Training images used.")
    private int shots;

    @Option(names = "--steps", paramLabel = "<n>", defaultValue = "300", description = "Steps per GAN run.")
    private int steps;

    @Option(names = "--batch-size", paramLabel = "<n>", defaultValue = "16", description = "Images per step.")
    private int batchSize;

    @Option(names = "--learning-rate", paramLabel = "<rate>", defaultValue = "2e-4", description = "Adam rate.")
    private double learningRate;

    @Option(names = "--seeds", paramLabel = "<n>", defaultValue = "3", description = "GAN runs per variant.")
    private int seeds;

    @Option(names = "--samples", paramLabel = "<n>", defaultValue = "500",
            description = "Generated images per Fréchet distance.")
    private int samples;

    @Option(names = "--classifier-rows", paramLabel = "<n>", defaultValue = "6000",
            description = "Training images (stratified sample) for the feature classifier.")
    private int classifierRows;

    @Option(names = "--classifier-epochs", paramLabel = "<n>", defaultValue = "2",
            description = "Epochs of the feature classifier (ResNet-8, widths 8/16/32, batch 32).")
    private int classifierEpochs;

    @Option(names = "--out", paramLabel = "<folder>", defaultValue = ".",
            description = "Where to write the sample grids gan-<variant>.png.")
    private Path out;

    private static final int[] GENERATOR_WIDTHS = {32, 16, 8};
    private static final int[] DISCRIMINATOR_WIDTHS = {16, 32};
    private static final int LATENT = 32;

    @Override
    public Integer call() throws Exception {
        if (shots < 2 || steps < 1 || seeds < 1 || samples < 2 || classifierRows < 0 || classifierEpochs < 1) {
            throw new ParameterException(spec.commandLine(), "--shots and --samples must be >= 2; --steps, --seeds "
                    + "and --classifier-epochs >= 1");
        }
        CopseCommand copse = CopseCommand.of(spec);
        TrainTest loaded = Datasets.load(data, copse.progress());
        Dataset fewShots = ofClass(loaded.train(), shots);
        Dataset real = ofClass(loaded.test(), Integer.MAX_VALUE);
        if (fewShots.numFeatures() != Generator.IMAGE.size()) {
            throw new ParameterException(spec.commandLine(), "the generator makes 1x28x28 images; '" + data
                    + "' has " + fewShots.numFeatures() + " values per row");
        }
        Dataset classifierData = classifierRows == 0 || classifierRows >= loaded.train().size() ? loaded.train()
                : loaded.train().stratifiedSample(classifierRows, 1);
        ResNetModel classifier = CnnTrainer.train(ResNetSpec.builder().widths(8, 16, 32).classes(
                        loaded.train().numClasses()).build(), classifierData,
                TrainingOptions.builder().epochs(classifierEpochs).batchSize(32)
                        .optimizer(OptimizerSettings.sgd(0.1, 5e-4)).seed(1).build(), copse.progress());
        double classifierAccuracy = classifier.accuracy(loaded.test());
        List<String> rows = new ArrayList<>();
        List<SeedSpread> distances = new ArrayList<>();
        for (SkipExcitation kind : List.of(SkipExcitation.CHANNEL, SkipExcitation.SASE)) {
            List<Double> values = new ArrayList<>();
            Generator generator = null;
            for (int seed = 1; seed <= seeds; seed++) {
                FewShotGan gan = new FewShotGan(kind, GENERATOR_WIDTHS, DISCRIMINATOR_WIDTHS,
                        new GanOptions(steps, batchSize, learningRate, LATENT, seed));
                gan.train(fewShots, copse.progress());
                float[] images = gan.sample(samples, 1000 + seed);
                values.add(FrechetDistance.onClassifierFeatures(classifier, real, asDataset(images, real)));
                if (seed == 1) {
                    SampleGrid.write(out.resolve("gan-" + name(kind) + ".png"), images, Math.min(64, samples), 28,
                            8);
                }
                generator = gan.generator();
            }
            SeedSpread spread = new SeedSpread(values);
            distances.add(spread);
            CostLedger cost = new CostLedger();
            generator.recordCost(cost);
            long parameters = generator.parameters().stream().mapToLong(p -> p.size()).sum();
            rows.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %.3f | %.3f | %s |", name(kind), parameters,
                    cost.totalMacs(), spread.mean(), spread.spread(), String.join(" ", values.stream()
                            .map(v -> String.format(Locale.ROOT, "%.3f", v)).toList())));
        }
        copse.closeProgress();
        PrintWriter text = spec.commandLine().getOut();
        text.printf(Locale.ROOT, "Few-shot GAN on %s, class %d: %d training images, %d steps of batch %d, Adam %.3g,"
                        + " seeds 1..%d; Fréchet distance of %d samples to the %d test images of the class on the"
                        + " features of a ResNet-8 (test accuracy %.2f %%)%n%n", data, label, fewShots.size(), steps,
                batchSize, learningRate, seeds, samples, real.size(), 100 * classifierAccuracy);
        text.println("| skip-layer excitation | generator parameters | generator MACs per image | distance mean |"
                + " spread (sd) | per seed |");
        text.println("| --- | ---: | ---: | ---: | ---: | --- |");
        rows.forEach(text::println);
        text.printf(Locale.ROOT, "%nsase against channel: %s (lower distance is better; difference %+.3f, larger "
                        + "spread %.3f)%nsample grids: %s%n",
                distances.get(1).against(distances.get(0), false).name().toLowerCase(Locale.ROOT),
                distances.get(1).mean() - distances.get(0).mean(),
                Math.max(distances.get(0).spread(), distances.get(1).spread()), out.resolve("gan-<variant>.png"));
        text.flush();
        return 0;
    }

    private Dataset ofClass(Dataset source, int limit) {
        if (label < 0 || label >= source.numClasses()) {
            throw new ParameterException(spec.commandLine(), "--class must be in [0, " + source.numClasses()
                    + "), got " + label);
        }
        int[] rows = IntStream.range(0, source.size()).filter(i -> source.label(i) == label).limit(limit).toArray();
        if (rows.length < 2) {
            throw new ParameterException(spec.commandLine(), "class " + label + " has fewer than two images");
        }
        return source.subset(rows);
    }

    private static Dataset asDataset(float[] images, Dataset like) {
        int count = images.length / like.numFeatures();
        return Dataset.of(images, new int[count], like.classNames(), like.featureNames(),
                like.imageShape().orElseThrow(), new Provenance("generated images", "0".repeat(64)));
    }

    private static String name(SkipExcitation kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
