package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Json;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.kernel.Kernels;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.InputScaling;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.train.EpochRecord;
import dev.copse.forest.train.SoftForestTrainer;
import dev.copse.forest.train.TrainingOutcome;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The Copse side of the {@code softforest} scenarios, run by {@link SoftForestScenario} in a JVM of its
 * own: trains a soft forest with {@link Options#defaults()} (epochs and threads as given) on a folder of
 * IDX files, then times batch inference over the test rows in each {@link InferenceMode} of the finalised
 * forest with the runner's {@link RepetitionScheme}. Prints one {@link WorkerOutput} on standard output,
 * with cases {@code train-epoch} (seconds of each training epoch, its validation pass included; the
 * fine-tuning epochs are left out) and {@code inference-<mode>}, plus an {@code accuracy} object (test
 * accuracy per mode) and the training history's numbers as facts. Progress goes to standard error.
 *
 * <p>Arguments: {@code --data-folder DIR --train-rows N --test-rows N --epochs N --threads N --warmups N
 * --repeats N --min-sample-ms N}; row counts of 0 mean all rows.
 */
public final class SoftForestWorker {

    private SoftForestWorker() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(measure(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("SoftForestWorker: " + e.getMessage());
            System.exit(2);
        }
    }

    static String measure(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args, Set.of("data-folder", "train-rows", "test-rows", "epochs",
                "threads", "warmups", "repeats", "min-sample-ms"), Set.of());
        RepetitionScheme scheme = new RepetitionScheme((int) arguments.requiredLong("warmups"),
                (int) arguments.requiredLong("repeats"), arguments.requiredLong("min-sample-ms"));
        TrainTest data = Datasets.load(arguments.required("data-folder"), ProgressListener.none());
        Dataset train = firstRows(data.train(), (int) arguments.requiredLong("train-rows"));
        Dataset test = firstRows(data.test(), (int) arguments.requiredLong("test-rows"));
        Options options = Options.defaults().withEpochs((int) arguments.requiredLong("epochs"))
                .withThreads((int) arguments.requiredLong("threads"));

        InputScaling scaling = InputScaling.fit(train);
        float[] x = scaling.apply(train.features());
        float[] xTest = scaling.apply(test.features());
        int n = test.size();
        TrainingOutcome outcome = SoftForestTrainer.run(x, train.labels(), train.numFeatures(), train.numClasses(),
                options, event -> System.err.println("[copse " + event.task() + "] " + event.detail()));
        SoftForest forest = outcome.finalised();

        List<Object> cases = new ArrayList<>();
        List<Object> epochSeconds = new ArrayList<>();
        int trainingRows = 0;
        for (EpochRecord record : outcome.history()) {
            if (record.phase().equals("train")) {
                epochSeconds.add(record.seconds());
                trainingRows = (int) Math.round(record.samplesPerSecond() * record.seconds());
            }
        }
        cases.add(timing("train-epoch", epochSeconds));
        Map<String, Object> accuracy = new LinkedHashMap<>();
        for (InferenceMode mode : InferenceMode.values()) {
            Supplier<ForestPredictions> call = switch (mode) {
                case SOFT -> () -> forest.predictSoft(xTest, n);
                case HARD -> () -> forest.predictHard(xTest, n);
                case PRUNED_SOFT -> () -> forest.predictPrunedSoft(xTest, n);
            };
            accuracy.put(mode.label(), call.get().accuracy(test.labels()));
            double[] seconds = scheme.measure(call::get);
            cases.add(timing("inference-" + mode.label(), IntStream.range(0, seconds.length)
                    .mapToObj(i -> (Object) seconds[i]).toList()));
        }

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("copse kernel", Kernels.name());
        facts.put("threads", Integer.toString(options.threads()));
        facts.put("rows", trainingRows + " training, " + (train.size() - trainingRows) + " held out, " + n + " test");
        facts.put("retained inner nodes", forest.innerNodeCount() + " of " + outcome.full().innerNodeCount()
                + String.format(Locale.ROOT, " (%.1f %%)", 100.0 * forest.innerNodeCount()
                / outcome.full().innerNodeCount()));
        facts.put("test accuracy before finalisation (soft)", String.format(Locale.ROOT, "%.2f %%",
                100 * outcome.full().predictSoft(xTest, n).accuracy(test.labels())));
        facts.put("peak heap", String.format(Locale.ROOT, "%.0f MiB (sum of the heap pools' peaks), max heap %.0f MiB",
                peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("implementation", "copse");
        output.put("peakRssBytes", ProcessMemory.peakResidentBytes());
        output.put("facts", facts);
        output.put("accuracy", accuracy);
        output.put("trainingRows", trainingRows);
        output.put("testRows", n);
        output.put("cases", cases);
        return Json.write(output);
    }

    private static Dataset firstRows(Dataset data, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("row counts must be >= 0 (0: all rows), got " + rows);
        }
        if (rows == 0 || rows >= data.size()) {
            return data;
        }
        return data.subset(IntStream.range(0, rows).toArray());
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static Map<String, Object> timing(String id, List<Object> seconds) {
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("id", id);
        timing.put("flops", 0.0);
        timing.put("seconds", seconds);
        return timing;
    }
}
