package dev.copse.examples.cli.explain;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftForestFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options the explain commands share: which saved forest, and which test input of which dataset. */
final class ExplainSource {

    @Option(names = "--model", required = true, paramLabel = "<file>",
            description = "A soft forest written by copse train --model soft-forest.")
    Path model;

    @Option(names = "--data", paramLabel = "<name|folder>", defaultValue = "default",
            description = "default (embedded MNIST subset), mnist, fashion-mnist, or a folder of IDX files"
                    + " (default: ${DEFAULT-VALUE}).")
    String data;

    @Option(names = "--input", paramLabel = "<k>", defaultValue = "0",
            description = "Row k of the dataset's test part is the input explained (default: ${DEFAULT-VALUE}).")
    int input;

    @Option(names = "--out", required = true, paramLabel = "<folder>", description = "Where the files go.")
    Path out;

    /** The forest, one test input and what is known about the data. */
    record Loaded(SoftForest forest, Dataset test, float[] x, int label, Optional<ImageShape> image) {
    }

    Loaded load(ProgressListener progress) throws IOException {
        SoftForest forest = SoftForestFile.load(model);
        Dataset test = Datasets.load(data, progress).test();
        if (test.numFeatures() != forest.numFeatures()) {
            throw new IllegalArgumentException("the model reads " + forest.numFeatures() + " features, " + data
                    + " has " + test.numFeatures());
        }
        if (input < 0 || input >= test.size()) {
            throw new IllegalArgumentException("--input must be in [0, " + test.size() + "), got " + input);
        }
        float[] x = new float[test.numFeatures()];
        test.row(input, x, 0);
        Optional<ImageShape> image = test.imageShape().filter(s -> s.channels() == 1);
        return new Loaded(forest, test, x, test.label(input), image);
    }
}
