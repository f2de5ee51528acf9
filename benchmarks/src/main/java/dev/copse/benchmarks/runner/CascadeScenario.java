package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.benchmarks.report.SpeedRatio;
import dev.copse.core.data.fetch.DataCache;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.data.load.IdxFolder;
import dev.copse.core.progress.ProgressEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Scenario {@code cascade} (and its quick form {@code cascade-smoke}): Copse's {@code gcforest} and
 * {@code copse} cascade presets against the scikit-learn reference cascade
 * ({@code benchmarks/peers/cascade_sklearn.py}: per level 2 RandomForest + 2 ExtraTrees(max_features=1),
 * 3-fold, the same growth rule) on MNIST without scanning, each in a process of its own, one after another
 * on the same machine.
 *
 * <p>A fit is timed once (level by level and whole; far too long to repeat), so the table's seconds are
 * single samples and noisy on a shared machine. Accuracy, kept levels and nodes are facts of each run.
 * {@code cascade-smoke} trains on the first {@value #SMOKE_TRAIN} images with {@value #SMOKE_TREES}-tree
 * forests (soft forests of {@value #SMOKE_SOFT_TREES} trees, {@value #SMOKE_EPOCHS} epochs) and at most
 * {@value #SMOKE_LEVELS} levels: it checks the wiring in minutes, not the methods.
 */
final class CascadeScenario implements Scenario {

    static final int SMOKE_TRAIN = 2000;
    static final int SMOKE_TREES = 10;
    static final int SMOKE_SOFT_TREES = 4;
    static final int SMOKE_EPOCHS = 2;
    static final int SMOKE_LEVELS = 2;
    static final int THREADS = 2;
    static final String DATA = "mnist";
    private static final String PEER = "scikit-learn";
    private static final String PEER_SCRIPT = "cascade_sklearn.py";
    private static final List<PythonRequirement> REQUIREMENTS = List.of(
            PythonRequirement.module("numpy", "python3-numpy"),
            PythonRequirement.module("sklearn", "python3-sklearn"));

    private final boolean smoke;

    CascadeScenario(boolean smoke) {
        this.smoke = smoke;
    }

    @Override
    public String name() {
        return smoke ? "cascade-smoke" : "cascade";
    }

    @Override
    public String summary() {
        return (smoke ? "quick wiring check: " : "") + "Copse cascade presets (gcforest, copse) vs the scikit-learn"
                + " reference cascade on MNIST" + (smoke ? " (" + SMOKE_TRAIN + " images, small forests)" : "");
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException {
        context.python().ensure(REQUIREMENTS);
        Datasets.load(DATA, context.progress());
        List<Path> files = IdxFolder.locate(DataCache.fromEnvironment().root().resolve(DATA));
        List<Measurement> measurements = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("timing", "one fit per implementation, timed once (levels and whole fit); single"
                + " samples on a shared machine"));
        facts.add(new Fact("threads", THREADS + " per implementation (Copse forests' threads, scikit-learn n_jobs)"));
        List<String> presets = List.of("gcforest", "copse");
        int done = 0;
        int total = presets.size() + 1;
        Measurement gcforestFit = null;
        for (String preset : presets) {
            String what = "copse " + preset + " cascade";
            WorkerOutput output = keepRaw(context, "copse-" + preset, what, context.java().run(List.of(),
                    CascadeWorker.class, workerArguments(preset), what));
            Measurement fit = add(output, measurements, facts);
            gcforestFit = preset.equals("gcforest") ? fit : gcforestFit;
            context.progress().onProgress(new ProgressEvent(name(), ++done, total, what));
        }
        String what = PEER + " reference cascade";
        WorkerOutput peer = keepRaw(context, PEER, what, context.python().run(PEER_SCRIPT, peerArguments(files),
                THREADS, what));
        Measurement peerFit = add(peer, measurements, facts);
        context.progress().onProgress(new ProgressEvent(name(), ++done, total, what));
        return new ScenarioReport(name(), "Deep-forest cascades on MNIST: Copse vs scikit-learn (scenario `"
                + name() + "`)", context.machine(), context.command(), facts, measurements, Optional.empty(),
                List.of(SpeedRatio.of(gcforestFit, peerFit)));
    }

    /** Adds one implementation's level and fit rows and its facts; returns its fit row. */
    private static Measurement add(WorkerOutput output, List<Measurement> measurements, List<Fact> facts) {
        Measurement fit = null;
        for (WorkerOutput.CaseTimings timings : output.cases()) {
            Measurement row = new Measurement(timings.id(), timings.id().equals("fit") ? "whole fit"
                    : "training and scoring " + timings.id(), output.implementation(), SampleSummary.of(timings.seconds()),
                    OptionalDouble.empty(), OptionalLong.of(output.peakRssBytes()));
            measurements.add(row);
            fit = timings.id().equals("fit") ? row : fit;
        }
        if (fit == null) {
            throw new IllegalStateException(output.implementation() + " reported no 'fit' case");
        }
        for (Fact fact : output.facts()) {
            facts.add(new Fact(output.implementation() + ": " + fact.name(), fact.value()));
        }
        return fit;
    }

    private List<String> workerArguments(String preset) {
        boolean soft = preset.equals("copse");
        int trees = smoke ? (soft ? SMOKE_SOFT_TREES : SMOKE_TREES) : (soft ? 15 : 100);
        List<String> arguments = new ArrayList<>(List.of("--preset", preset, "--data", DATA,
                "--max-train", Integer.toString(smoke ? SMOKE_TRAIN : 0), "--trees", Integer.toString(trees),
                "--max-levels", Integer.toString(smoke ? SMOKE_LEVELS : 20), "--seed", "1",
                "--threads", Integer.toString(THREADS)));
        if (soft && smoke) {
            arguments.addAll(List.of("--epochs", Integer.toString(SMOKE_EPOCHS)));
        }
        return arguments;
    }

    private List<String> peerArguments(List<Path> files) {
        List<String> arguments = new ArrayList<>();
        for (Path file : files) {
            arguments.add(file.toString());
        }
        arguments.addAll(List.of("--trees", Integer.toString(smoke ? SMOKE_TREES : 100),
                "--max-train", Integer.toString(smoke ? SMOKE_TRAIN : 0),
                "--max-levels", Integer.toString(smoke ? SMOKE_LEVELS : 20), "--seed", "1",
                "--threads", Integer.toString(THREADS)));
        return arguments;
    }

    /** Saves a worker's output as {@code raw/<name>.json}, then parses it. */
    static WorkerOutput keepRaw(ScenarioContext context, String name, String what, String output) throws IOException {
        Path raw = Files.createDirectories(context.resultsFolder().resolve("raw"));
        Files.writeString(raw.resolve(name + ".json"), output, StandardCharsets.UTF_8);
        return WorkerOutput.parse(output, what);
    }
}
