package dev.copse.examples.cli.dfs;

import dev.copse.cnn.dfs.DfsModel;
import dev.copse.core.data.TrainTest;
import dev.copse.examples.cli.CopseCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copse dfs eval}: a saved DFS model on a dataset's test part, chosen branches only. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a DFS model file on a dataset's test part: accuracy, computation percentage,"
                + " realised BitOPs and MACs per image, and how often each block chose each option.")
public final class DfsEvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "<file>", description = "A model written by copse dfs.")
    private Path model;

    @Mixin
    private DfsData data;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        DfsModel loaded = DfsModel.load(model);
        TrainTest split = data.load(copse.progress());
        copse.closeProgress();
        double target = loaded.training().find("target_cp").map(v -> v.asNumber().doubleValue()).orElse(Double.NaN);
        spec.commandLine().getOut().print(DfsReport.summary(loaded.evaluate(split.test()),
                model.getFileName().toString(), target));
        return 0;
    }
}
