package dev.copse.examples.cli.sase;

import dev.copse.cnn.model.BlockVariant;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.cnn.train.CnnTrainer;
import dev.copse.cnn.train.OptimizerSettings;
import dev.copse.cnn.train.ScheduleSettings;
import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.examples.cli.CopseCommand;
import java.io.PrintWriter;
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
 * {@code copse sase bench-recognition}: trains a plain, an SE and a SASE ResNet of the same depth and widths
 * with the same budget (epochs, batch, optimizer, schedule) for each of several seeds, and prints per variant
 * its parameters, MACs per image, test accuracy (mean, spread, every seed) and how it compares with the
 * others ({@link SeedSpread#against}: a difference smaller than the spread is a tie).
 */
@Command(name = "bench-recognition", mixinStandardHelpOptions = true,
        description = {"Train plain, SE and SASE ResNets of equal depth with the same budget over several seeds"
                + " and compare their test accuracy (mean and spread), parameters and MACs.",
                "A difference of mean accuracies smaller than the larger spread is reported as a tie."})
public final class BenchRecognitionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default (embedded MNIST subset), mnist, fashion-mnist, or a folder of IDX files.")
    private String data;

    @Option(names = "--epochs", paramLabel = "<n>", defaultValue = "1", description = "Epochs per training run.")
    private int epochs;

    @Option(names = "--seeds", paramLabel = "<n>", defaultValue = "3",
            description = "Training runs per variant, with seeds 1..n.")
    private int seeds;

    @Option(names = "--depth", paramLabel = "<6n+2>", defaultValue = "8",
            description = "ResNet depth (8, 14, 20, ...).")
    private int depth;

    @Option(names = "--widths", paramLabel = "<w1,w2,w3>", split = ",", defaultValue = "16,32,64",
            description = "Channels of the three stages.")
    private int[] widths;

    @Option(names = "--batch-size", paramLabel = "<n>", defaultValue = "128", description = "Images per step.")
    private int batchSize;

    @Option(names = "--learning-rate", paramLabel = "<rate>", defaultValue = "0.1",
            description = "SGD learning rate (momentum 0.9, weight decay 5e-4, cosine schedule).")
    private double learningRate;

    @Option(names = "--train-rows", paramLabel = "<n>", defaultValue = "0",
            description = "Use a stratified sample of n training images, the same for every run (0: all).")
    private int trainRows;

    @Option(names = "--test-rows", paramLabel = "<n>", defaultValue = "0",
            description = "Use a stratified sample of n test images (0: all).")
    private int testRows;

    @Option(names = "--variants", paramLabel = "<v,...>", split = ",", defaultValue = "plain,se,sase",
            description = "Which block variants to train: plain, se, sase.")
    private List<String> variants;

    /** One variant's results. */
    record VariantResult(BlockVariant variant, StaticCost cost, SeedSpread accuracy, double trainSeconds) {
    }

    @Override
    public Integer call() throws Exception {
        if (seeds < 1 || epochs < 1 || trainRows < 0 || testRows < 0) {
            throw new ParameterException(spec.commandLine(), "--seeds and --epochs must be >= 1, --train-rows and "
                    + "--test-rows >= 0");
        }
        List<BlockVariant> chosen = variants.stream().map(BlockVariant::parse).distinct().toList();
        CopseCommand copse = CopseCommand.of(spec);
        TrainTest loaded = Datasets.load(data, copse.progress());
        Dataset train = sample(loaded.train(), trainRows);
        Dataset test = sample(loaded.test(), testRows);
        ImageShape image = train.imageShape().orElseThrow(() -> new ParameterException(spec.commandLine(),
                "dataset '" + data + "' holds no images; SASE needs image data"));
        List<VariantResult> results = new ArrayList<>();
        for (BlockVariant variant : chosen) {
            ResNetSpec architecture = ResNetSpec.builder().widths(widths).depth(depth)
                    .inputShape(image.channels(), image.height(), image.width()).classes(train.numClasses())
                    .blockVariant(variant).build();
            List<Double> accuracies = new ArrayList<>();
            StaticCost cost = null;
            long start = System.nanoTime();
            for (int seed = 1; seed <= seeds; seed++) {
                TrainingOptions options = TrainingOptions.builder().epochs(epochs).batchSize(batchSize)
                        .optimizer(OptimizerSettings.sgd(learningRate, 5e-4)).schedule(ScheduleSettings.cosine())
                        .seed(seed).build();
                ResNetModel model = CnnTrainer.train(architecture, train, options, copse.progress());
                accuracies.add(model.accuracy(test));
                cost = model.staticCost();
            }
            double seconds = (System.nanoTime() - start) / 1e9 / seeds;
            results.add(new VariantResult(variant, cost, new SeedSpread(accuracies), seconds));
        }
        copse.closeProgress();
        print(spec.commandLine().getOut(), train, test, results);
        return 0;
    }

    private static Dataset sample(Dataset data, int rows) {
        return rows == 0 || rows >= data.size() ? data : data.stratifiedSample(rows, 1);
    }

    private void print(PrintWriter out, Dataset train, Dataset test, List<VariantResult> results) {
        out.printf(Locale.ROOT, "SASE recognition benchmark: ResNet-%d (widths %s) on %s, %d training / %d test "
                        + "images, %d epoch(s), batch %d, SGD %.3g cosine, seeds 1..%d%n%n", depth,
                String.join("/", IntStream.of(widths).mapToObj(String::valueOf).toList()), data, train.size(),
                test.size(), epochs, batchSize, learningRate, seeds);
        out.println("| variant | parameters | MACs per image | accuracy mean | spread (sd) | per seed |"
                + " train s per run |");
        out.println("| --- | ---: | ---: | ---: | ---: | --- | ---: |");
        for (VariantResult r : results) {
            String perSeed = String.join(" ", r.accuracy().values().stream()
                    .map(a -> String.format(Locale.ROOT, "%.2f", 100 * a)).toList());
            out.printf(Locale.ROOT, "| %s | %,d | %,d | %.2f %% | %.2f | %s | %.1f |%n",
                    r.variant().name().toLowerCase(Locale.ROOT), r.cost().parameters(),
                    r.cost().worstCasePerInput().totalMacs(), 100 * r.accuracy().mean(),
                    100 * r.accuracy().spread(), perSeed, r.trainSeconds());
        }
        out.println();
        for (int i = 0; i < results.size(); i++) {
            for (int j = i + 1; j < results.size(); j++) {
                VariantResult a = results.get(i);
                VariantResult b = results.get(j);
                out.printf(Locale.ROOT, "%s against %s: %s (difference %+.2f points, larger spread %.2f)%n",
                        a.variant().name().toLowerCase(Locale.ROOT), b.variant().name().toLowerCase(Locale.ROOT),
                        a.accuracy().against(b.accuracy(), true).name().toLowerCase(Locale.ROOT),
                        100 * (a.accuracy().mean() - b.accuracy().mean()),
                        100 * Math.max(a.accuracy().spread(), b.accuracy().spread()));
            }
        }
        out.flush();
    }
}
