package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.BitwidthOptions;
import dev.copse.cnn.dfs.DfsModel;
import dev.copse.cnn.dfs.DfsSweep;
import dev.copse.cnn.dfs.DfsTrainer;
import dev.copse.cnn.dfs.DfsTrainingOptions;
import dev.copse.cnn.dfs.SweepPoint;
import dev.copse.cnn.dfs.SweepTables;
import dev.copse.core.data.TrainTest;
import dev.copse.examples.cli.CopseCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copse dfs sweep}: stages 1 and 2 once, stage 3 once per target, and the accuracy-against-cp and
 * decision-histogram tables (Markdown, CSV) and charts (PNG, SVG) in a results folder.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Train DFS at several target computation percentages from one shared backbone and gate"
                + " pretraining, and write accuracy-vs-cp and per-block decision tables and charts."})
public final class DfsSweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DfsData data;

    @Mixin
    private DfsTraining training;

    @Option(names = "--targets", paramLabel = "<list>", defaultValue = "20,30,50,70", split = ",",
            description = "Target computation percentages (default: ${DEFAULT-VALUE}).")
    private double[] targets;

    @Option(names = "--results", paramLabel = "<folder>", defaultValue = "dfs-results",
            description = "Folder for the tables, charts and models (default: ${DEFAULT-VALUE}).")
    private Path results;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        BitwidthOptions options = training.bitwidthOptions();
        DfsTrainingOptions settings = training.settings(100, data.seed);
        TrainTest split = data.load(copse.progress());
        Files.createDirectories(results);
        long start = System.nanoTime();
        DfsModel pretrained = DfsTrainer.pretrain(training.spec(split.train()), options, split.train(), settings,
                copse.progress());
        pretrained.save(results.resolve("dfs-pretrained.copse"));
        List<SweepPoint> points = DfsSweep.run(pretrained, split.train(), split.test(), targets,
                training.joint(data.seed), training.budget(100), training.gateScale, copse.progress(), (target, model) -> {
                    try {
                        model.save(results.resolve("dfs-target-" + DfsReport.number(target) + ".copse"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        copse.closeProgress();

        String title = "DFS " + training.describe() + ", " + data.data;
        write("accuracy-vs-cp.md", "# " + title + "\n\n" + SweepTables.accuracyMarkdown(points));
        write("accuracy-vs-cp.csv", SweepTables.accuracyCsv(points));
        write("decisions.md", "# " + title + ": decisions per gated block (share of test images)\n\n"
                + SweepTables.histogramMarkdown(points));
        write("decisions.csv", SweepTables.histogramCsv(points));
        DfsPlots.accuracyVersusCp(points, title, results);
        for (SweepPoint point : points) {
            DfsPlots.decisionHistogram(point, results);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("DFS sweep, %s, on %s (%d training, %d test rows) in %.1f s%n%n", training.describe(), data.data,
                split.train().size(), split.test().size(), seconds);
        out.print(SweepTables.accuracyMarkdown(points));
        out.println();
        out.print(SweepTables.histogramMarkdown(points));
        out.println();
        out.println("tables, charts and models written to " + results);
        return 0;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(results.resolve(name), text, StandardCharsets.UTF_8);
    }
}
