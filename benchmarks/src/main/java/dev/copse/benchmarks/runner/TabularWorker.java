package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Json;
import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import dev.copse.smile.classifier.CopseProperties;
import dev.copse.smile.classifier.CopseTrainer;
import dev.copse.smile.datasets.TabularDataset;
import dev.copse.smile.datasets.TabularDatasetFetcher;
import dev.copse.smile.tabular.NominalEncoding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import smile.classification.Classifier;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.math.MathEx;
import smile.validation.Bag;
import smile.validation.CrossValidation;

/**
 * The worker of the {@code tabular} scenario, run by {@link TabularScenario} in a fresh JVM: stratified
 * k-fold cross-validation of one implementation on Weka's ARFF datasets (nominal attributes one-hot), the
 * folds from Smile's {@link CrossValidation#stratify(int[], int)} under {@code MathEx.setSeed(seed)}, so both
 * implementations see the same folds. Prints one {@link WorkerOutput}: per dataset one case whose samples are
 * the folds' train-and-predict seconds, and the facts {@code <dataset> accuracy} (mean and standard deviation
 * over the folds) and {@code <dataset> fold accuracies}.
 *
 * <p>Arguments: {@code --implementation copse|smile-rf --datasets a,b,c --folds K --seed N --threads N
 * --trees N} and, for copse, {@code --epochs N --max-levels N}: copse is the {@code copse} cascade preset
 * (soft forests of {@code --trees} trees) through {@link CopseTrainer#cascade()}; smile-rf is Smile's
 * {@link RandomForest} with {@code --trees} trees and its other defaults.
 */
public final class TabularWorker {

    private TabularWorker() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(measure(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("TabularWorker: " + e.getMessage());
            System.exit(2);
        }
    }

    static String measure(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args, Set.of("implementation", "datasets", "folds", "seed", "threads",
                "trees", "epochs", "max-levels"), Set.of());
        String implementation = arguments.required("implementation");
        int folds = (int) arguments.requiredLong("folds");
        long seed = arguments.requiredLong("seed");
        int trees = (int) arguments.requiredLong("trees");
        Properties properties = new Properties();
        properties.setProperty(CopseProperties.PRESET, "copse");
        properties.setProperty(CopseProperties.TREES, Integer.toString(trees));
        properties.setProperty(CopseProperties.THREADS, Long.toString(arguments.requiredLong("threads")));
        properties.setProperty(CopseProperties.SEED, Long.toString(seed));
        arguments.option("epochs").ifPresent(v -> properties.setProperty(CopseProperties.EPOCHS, v));
        arguments.option("max-levels").ifPresent(v -> properties.setProperty(CopseProperties.MAX_LEVELS, v));
        if (!implementation.equals("copse") && !implementation.equals("smile-rf")) {
            throw new IllegalArgumentException("unknown implementation '" + implementation + "'; known: copse, smile-rf");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        List<Object> cases = new ArrayList<>();
        for (String name : arguments.required("datasets").split(",")) {
            TabularDataset dataset = TabularDataset.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown tabular dataset '" + name + "'; known: credit-g, diabetes, segment"));
            Dataset data = TabularDatasetFetcher.standard().load(dataset, NominalEncoding.ONE_HOT,
                    ProgressListener.none()).dataset();
            double[][] x = rows(data);
            int[] y = data.labels();
            MathEx.setSeed(seed);
            Bag[] bags = CrossValidation.stratify(y, folds);
            double[] seconds = new double[folds];
            double[] accuracy = new double[folds];
            for (int f = 0; f < folds; f++) {
                long start = System.nanoTime();
                Classifier<double[]> model = implementation.equals("copse")
                        ? CopseTrainer.cascade().fit(pick(x, bags[f].samples()), pick(y, bags[f].samples()), properties)
                        : smileForest(pick(x, bags[f].samples()), pick(y, bags[f].samples()), trees, seed);
                int correct = 0;
                for (int i : bags[f].oob()) {
                    correct += model.predict(x[i]) == y[i] ? 1 : 0;
                }
                seconds[f] = (System.nanoTime() - start) / 1e9;
                accuracy[f] = correct / (double) bags[f].oob().length;
                System.err.printf(Locale.ROOT, "%s %s fold %d: %.4f, %.1f s%n", implementation, name, f + 1,
                        accuracy[f], seconds[f]);
            }
            facts.put(name + " accuracy", String.format(Locale.ROOT, "%.2f %% +- %.2f", 100 * MathEx.mean(accuracy),
                    100 * MathEx.stdev(accuracy)));
            facts.put(name + " fold accuracies", Arrays.toString(accuracy));
            List<Object> samples = new ArrayList<>();
            for (double s : seconds) {
                samples.add(s);
            }
            Map<String, Object> timing = new LinkedHashMap<>();
            timing.put("id", name);
            timing.put("flops", 0.0);
            timing.put("seconds", samples);
            cases.add(timing);
        }
        facts.put("settings", implementation.equals("copse") ? "copse preset through CopseTrainer.cascade(), "
                + properties : "Smile RandomForest, " + trees + " trees, Smile's other defaults");
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("implementation", implementation);
        output.put("peakRssBytes", ProcessMemory.peakResidentBytes());
        output.put("facts", facts);
        output.put("cases", cases);
        return Json.write(output);
    }

    /** Smile's random forest on the rows, as a {@code Classifier<double[]>} over the same columns. */
    private static Classifier<double[]> smileForest(double[][] x, int[] y, int trees, long seed) {
        int d = x[0].length;
        String[] names = new String[d];
        for (int j = 0; j < d; j++) {
            names[j] = "x" + j;
        }
        DataFrame frame = DataFrame.of(x, names).merge(new DataFrame(ValueVector.of("label", y)));
        long[] seeds = new long[trees];
        for (int t = 0; t < trees; t++) {
            seeds[t] = seed * 1_000_003L + t;
        }
        RandomForest.Options defaults = new RandomForest.Options(trees);
        RandomForest forest = RandomForest.fit(Formula.lhs("label"), frame, new RandomForest.Options(trees,
                defaults.mtry(), defaults.rule(), defaults.maxDepth(), defaults.maxNodes(), defaults.nodeSize(),
                defaults.subsample(), null, seeds, null));
        return new Classifier<>() {
            @Override
            public int numClasses() {
                return forest.numClasses();
            }

            @Override
            public int[] classes() {
                return forest.classes();
            }

            @Override
            public int predict(double[] row) {
                return forest.predict(DataFrame.of(new double[][] {row}, names).get(0));
            }
        };
    }

    private static double[][] rows(Dataset data) {
        double[][] x = new double[data.size()][data.numFeatures()];
        for (int i = 0; i < data.size(); i++) {
            for (int j = 0; j < data.numFeatures(); j++) {
                x[i][j] = data.feature(i, j);
            }
        }
        return x;
    }

    private static double[][] pick(double[][] x, int[] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = x[rows[i]];
        }
        return out;
    }

    private static int[] pick(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = y[rows[i]];
        }
        return out;
    }
}
