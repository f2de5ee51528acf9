package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.BitwidthOptions;
import dev.copse.cnn.dfs.DfsModel;
import dev.copse.cnn.dfs.DfsTrainer;
import dev.copse.cnn.dfs.DfsTrainingOptions;
import dev.copse.core.data.TrainTest;
import dev.copse.examples.cli.CopseCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copse dfs train}: the three DFS stages at one target, then a test report and the model file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a DFS ResNet in three stages (backbone, gates towards full execution, both at the"
                + " target computation percentage), report its test accuracy, computation and per-block decisions,"
                + " and write it to a model file."})
public final class DfsTrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DfsData data;

    @Mixin
    private DfsTraining training;

    @Option(names = "--target", paramLabel = "<cp>", defaultValue = "30",
            description = "Target computation percentage, 0 to 100 (default: ${DEFAULT-VALUE}).")
    private double target;

    @Option(names = "--out", paramLabel = "<file>",
            description = "Where to write the model (default: dfs-<data>-<target>.copse in the current folder).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        BitwidthOptions options = training.bitwidthOptions();
        DfsTrainingOptions settings = training.settings(target, data.seed);
        TrainTest split = data.load(copse.progress());
        long start = System.nanoTime();
        DfsModel model = DfsTrainer.train(training.spec(split.train()), options, split.train(), settings,
                copse.progress());
        double seconds = (System.nanoTime() - start) / 1e9;
        copse.closeProgress();
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("trained DFS, %s, target cp %s%%, on %s (%d training rows) in %.1f s%n%n",
                training.describe(), DfsReport.number(target), data.data, split.train().size(), seconds);
        printer.print(DfsReport.summary(model.evaluate(split.test()), "target " + DfsReport.number(target), target));
        Path file = out != null ? out : Path.of("dfs-" + DfsReport.safeName(data.data) + "-"
                + DfsReport.number(target) + ".copse");
        model.save(file);
        printer.println();
        printer.println("model written to " + file);
        return 0;
    }
}
