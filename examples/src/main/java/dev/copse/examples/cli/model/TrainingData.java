package dev.copse.examples.cli.model;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.smile.io.ArffReader;
import dev.copse.smile.io.CsvFormat;
import dev.copse.smile.io.CsvReader;
import dev.copse.smile.tabular.NominalEncoding;
import dev.copse.smile.tabular.TabularOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code --data} (and {@code --target}) name for {@code copse train} and {@code copse eval}: a dataset
 * {@link Datasets} knows (a name or a folder of IDX files), or a CSV or ARFF file read through the smile
 * module's readers with one-hot nominal columns.
 *
 * <p>A tabular file has no test part, so the command line holds out a stratified {@value #TEST_PERCENT} % of
 * its rows with the fixed split seed {@value #SPLIT_SEED}; {@code eval} on the same file sees the same test
 * rows. The encoding (categories, and imputation statistics when missing values are imputed) is fitted on
 * the whole file; no label of a test row is used for training.
 */
final class TrainingData {

    /** Share of a tabular file's rows held out for testing, in per cent. */
    static final int TEST_PERCENT = 20;
    /** Seed of the hold-out split of a tabular file. */
    static final long SPLIT_SEED = 1;

    private TrainingData() {
    }

    /**
     * Loads {@code data}.
     *
     * @param target the class column of a CSV file (required) or an ARFF file (default: the last attribute);
     *               must be null for other data
     * @throws IllegalArgumentException if a target is given for data that is not a tabular file, or a CSV
     *                                  file is given without one
     */
    static TrainTest load(String data, String target, ProgressListener listener) throws IOException {
        String lower = data.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        boolean arff = lower.endsWith(".arff");
        if (!csv && !arff) {
            if (target != null) {
                throw new IllegalArgumentException("--target applies to CSV and ARFF files only; " + data
                        + " is not one");
            }
            return Datasets.load(data, listener);
        }
        Path file = Path.of(data);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(data + ": no such file");
        }
        Dataset all;
        if (csv) {
            if (target == null) {
                throw new IllegalArgumentException(data + ": a CSV file does not say which column is the class;"
                        + " give it with --target <column>");
            }
            all = CsvReader.read(file, CsvFormat.standard(), TabularOptions.of(target, NominalEncoding.ONE_HOT))
                    .dataset();
        } else {
            TabularOptions options = target == null ? TabularOptions.lastColumnTarget(NominalEncoding.ONE_HOT)
                    : TabularOptions.of(target, NominalEncoding.ONE_HOT);
            all = ArffReader.read(file, options).dataset();
        }
        return all.stratifiedSplit(TEST_PERCENT / 100.0, SPLIT_SEED);
    }
}
