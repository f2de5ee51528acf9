package dev.copse.examples.cli.data;

import dev.copse.core.data.DatasetInfo;
import dev.copse.core.data.load.Datasets;
import dev.copse.examples.cli.CopseCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copse datasets info <name|folder>}: counts, classes, shape and hashes of a train/test pair. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describe a dataset: rows, classes with their counts, shape, source and SHA-256 hashes.")
public final class InfoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<name|folder>",
            description = "default (embedded, no download), mnist, fashion-mnist, or a folder of IDX files")
    private String nameOrFolder;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        DatasetInfo info = DatasetInfo.of(nameOrFolder, Datasets.load(nameOrFolder, copse.progress()));
        copse.closeProgress();
        spec.commandLine().getOut().print(info.toText());
        return 0;
    }
}
