package dev.copse.examples.cli.dfs;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The data options shared by the DFS commands: which dataset, and optionally a stratified subset of it. */
final class DfsData {

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default (embedded MNIST subset), mnist, fashion-mnist, or a folder of IDX files"
                    + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--train-rows", paramLabel = "<n>",
            description = "Train on a stratified sample of this many training rows (default: all).")
    Integer trainRows;

    @Option(names = "--test-rows", paramLabel = "<n>",
            description = "Evaluate on a stratified sample of this many test rows (default: all).")
    Integer testRows;

    @Option(names = "--seed", paramLabel = "<n>", defaultValue = "1",
            description = "The one seed of the run (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The dataset, cut to the requested rows. */
    TrainTest load(ProgressListener progress) throws IOException {
        TrainTest split = Datasets.load(data, progress);
        return new TrainTest(sample(split.train(), trainRows, "--train-rows"),
                sample(split.test(), testRows, "--test-rows"));
    }

    private Dataset sample(Dataset data, Integer rows, String option) {
        if (rows == null || rows >= data.size()) {
            return data;
        }
        if (rows < 2) {
            throw new IllegalArgumentException(option + " must be at least 2, got " + rows);
        }
        return data.stratifiedSample(rows, seed);
    }
}
