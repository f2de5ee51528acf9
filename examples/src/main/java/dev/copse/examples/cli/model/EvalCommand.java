package dev.copse.examples.cli.model;

import dev.copse.core.data.TrainTest;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.examples.cli.CopseCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code copse eval --model <file> --data <name|folder>}: a saved model's accuracy and cost on a test set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a saved model on a dataset's test part: accuracy, realised cost per input in each"
                + " inference mode, and latency.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "<file>", description = "A model file written by copse.")
    private Path model;

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default, mnist, fashion-mnist, a folder of IDX files, or a .csv or .arff file (its"
                    + " held-out 20 %, as train holds it out) (default: default).")
    private String data;

    @Option(names = "--target", paramLabel = "<column>",
            description = "The class column of a CSV file (required) or an ARFF file (default: the last).")
    private String target;

    @Override
    public Integer call() throws Exception {
        CopseCommand copse = CopseCommand.of(spec);
        ModelFile file = ModelFile.read(model);
        TrainedModel trained = ModelKinds.forFile(file).load(file);
        TrainTest split = TrainingData.load(data, target, copse.progress());
        copse.closeProgress();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s model from %s (written by Copse %s), on %s: %d test rows%n", file.modelType(), model,
                file.libraryVersion(), data, split.test().size());
        trained.structure().forEach(out::println);
        out.println();
        out.print(ModelReport.evaluate(trained, split.test()));
        return 0;
    }
}
