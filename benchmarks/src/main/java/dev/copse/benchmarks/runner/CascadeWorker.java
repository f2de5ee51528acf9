package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Json;
import dev.copse.cascade.grow.CascadeFit;
import dev.copse.cascade.grow.CascadeForest;
import dev.copse.cascade.grow.CascadeOptions;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.cascade.grow.LevelReport;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Options;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Copse side of the {@code cascade} scenario, run by {@link CascadeScenario} in a fresh JVM: grows one
 * cascade preset on an image dataset and prints one {@link WorkerOutput} (one case per level and one for the
 * whole fit, single samples: a fit is far too long to repeat) with the facts the sklearn peer reports too
 * (kept levels, test accuracy) plus the model's nodes.
 *
 * <p>Arguments: {@code --preset gcforest|copse --data <name> --max-train N (0: all) --trees N --max-levels N
 * --seed N --threads N} and, for copse, {@code --epochs N}. {@code --max-train} keeps the first N training
 * images, as the peer does.
 */
public final class CascadeWorker {

    private CascadeWorker() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(measure(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("CascadeWorker: " + e.getMessage());
            System.exit(2);
        }
    }

    static String measure(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args, Set.of("preset", "data", "max-train", "trees", "max-levels",
                "seed", "threads", "epochs"), Set.of());
        String preset = arguments.required("preset");
        int trees = (int) arguments.requiredLong("trees");
        int threads = (int) arguments.requiredLong("threads");
        CascadeOptions options = switch (preset) {
            case "gcforest" -> CascadePresets.gcforest(trees, threads);
            case "copse" -> CascadePresets.copse(Options.defaults().withTrees(trees).withThreads(threads)
                    .withEpochs((int) arguments.longOption("epochs", Options.defaults().epochs())), threads);
            default -> throw new IllegalArgumentException("unknown preset '" + preset + "'; known: gcforest, copse");
        };
        options = options.withMaxLevels((int) arguments.requiredLong("max-levels"))
                .withSeed(arguments.requiredLong("seed"));
        TrainTest data = Datasets.load(arguments.required("data"), ProgressListener.none());
        Dataset train = data.train();
        int maxTrain = (int) arguments.requiredLong("max-train");
        if (maxTrain > 0 && maxTrain < train.size()) {
            int[] first = new int[maxTrain];
            for (int i = 0; i < maxTrain; i++) {
                first[i] = i;
            }
            train = train.subset(first);
        }
        CascadeFit fit = CascadeForest.fit(train, data.test(), options, event ->
                System.err.println("[" + event.task() + " " + event.done() + "/" + event.total() + "] "
                        + event.detail()));
        List<Object> cases = new ArrayList<>();
        for (LevelReport level : fit.report().levels()) {
            cases.add(timing("level-" + (level.level() + 1), level.seconds()));
        }
        cases.add(timing("fit", fit.report().seconds()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("settings", preset + " preset, " + trees + " trees per forest, " + options.folds() + " folds, "
                + options.members().size() + " members per level, " + train.size() + " training images, "
                + threads + " threads");
        facts.put("kept levels", Integer.toString(fit.report().keptLevels()));
        facts.put("test accuracy", Double.toString(fit.report().best().testAccuracy().orElse(Double.NaN)));
        facts.put("nodes", Long.toString(fit.model().nodeCount()));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("implementation", "copse-" + preset);
        output.put("peakRssBytes", ProcessMemory.peakResidentBytes());
        output.put("facts", facts);
        output.put("cases", cases);
        return Json.write(output);
    }

    private static Map<String, Object> timing(String id, double seconds) {
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("id", id);
        timing.put("flops", 0.0);
        timing.put("seconds", List.of(seconds));
        return timing;
    }
}
