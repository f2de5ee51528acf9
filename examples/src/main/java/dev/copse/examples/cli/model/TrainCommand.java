package dev.copse.examples.cli.model;

import dev.copse.core.data.TrainTest;
import dev.copse.core.progress.ProgressListener;
import dev.copse.examples.cli.CopseCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code copse train --model <kind> --data <name|folder>}: trains a model on the training part, evaluates it on
 * the test part (accuracy, realised cost per input in each inference mode, latency) and writes it.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a model on a dataset's training part, report its test accuracy and cost, and"
                + " write it to a model file.",
                "Settings a model does not use are refused, so nothing is ignored silently."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "<kind>",
            description = "What to train: ${COMPLETION-CANDIDATES}.", completionCandidates = ModelKinds.Names.class)
    private String model;

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default (embedded MNIST subset, the default), mnist, fashion-mnist, a folder of IDX"
                    + " files, or a .csv or .arff file (20 % of its rows, stratified, held out for testing).")
    private String data;

    @Option(names = "--target", paramLabel = "<column>",
            description = "The class column of a CSV file (required) or an ARFF file (default: the last).")
    private String target;

    @Option(names = "--preset", paramLabel = "<name>",
            description = "cascade: copse (default; soft forests with learned connectivity) or gcforest (2 random"
                    + " + 2 completely-random forests per level).")
    private String preset;

    @Option(names = "--scan", paramLabel = "<sizes>", split = ",",
            description = "cascade: scan images with square windows of these sides first, e.g. 7,10,13.")
    private List<Integer> scan;

    @Option(names = "--scan-stride", paramLabel = "<n>", description = "cascade: step between windows (default 2).")
    private Integer scanStride;

    @Option(names = "--max-levels", paramLabel = "<n>", description = "cascade: most levels grown (default 20).")
    private Integer maxLevels;

    @Option(names = "--out", paramLabel = "<file>",
            description = "Where to write the model (default: <kind>-<data>.copse in the current folder).")
    private Path out;

    @Option(names = "--trees", paramLabel = "<n>", description = "Trees in the forest (cascade: in each forest).")
    private Integer trees;

    @Option(names = "--max-depth", paramLabel = "<n>", description = "Deepest level a tree may reach.")
    private Integer maxDepth;

    @Option(names = "--epochs", paramLabel = "<n>", description = "Passes over the training data.")
    private Integer epochs;

    @Option(names = "--learning-rate", paramLabel = "<rate>", description = "Step size of the optimizer.")
    private Double learningRate;

    @Option(names = "--batch-size", paramLabel = "<n>", description = "Rows per optimizer step.")
    private Integer batchSize;

    @Option(names = "--seed", paramLabel = "<n>", description = "The one seed of the run.")
    private Long seed;

    @Option(names = "--threads", paramLabel = "<n>", description = "Threads to train with (default: all cores).")
    private Integer threads;

    @Option(names = "--depth", paramLabel = "<n>", description = "Layers of a ResNet: 6n+2, e.g. 8 or 20.")
    private Integer depth;

    @Override
    public Integer call() throws Exception {
        ModelKind kind = ModelKinds.byName(model).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown model '" + model + "'; the models are: " + String.join(", ", ModelKinds.names())));
        TrainSettings settings = new TrainSettings(trees, maxDepth, epochs, learningRate, batchSize, seed, threads,
                depth, preset, scan, scanStride, maxLevels);
        for (Map.Entry<String, Object> given : settings.given().entrySet()) {
            if (!kind.options().contains(given.getKey())) {
                throw new ParameterException(spec.commandLine(), kind.name() + " does not use " + given.getKey()
                        + "; its settings are: " + String.join(", ", kind.options()));
            }
        }
        CopseCommand copse = CopseCommand.of(spec);
        ProgressListener progress = copse.progress();
        TrainTest split = TrainingData.load(data, target, progress);
        long start = System.nanoTime();
        TrainedModel trained = kind.train(split, settings, progress);
        double seconds = (System.nanoTime() - start) / 1e9;
        copse.closeProgress();

        PrintWriter out = spec.commandLine().getOut();
        out.printf("trained %s on %s (%d rows, %d features, %d classes) in %.1f s%n", kind.name(), data,
                split.train().size(), split.train().numFeatures(), split.train().numClasses(), seconds);
        trained.structure().forEach(out::println);
        out.println();
        out.print(ModelReport.evaluate(trained, split.test()));
        Path file = out(kind);
        trained.save(file);
        out.println();
        out.println("model written to " + file);
        return 0;
    }

    private Path out(ModelKind kind) {
        if (out != null) {
            return out;
        }
        String dataName = Path.of(data).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(kind.name() + "-" + dataName + ".copse");
    }
}
