package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.benchmarks.report.SpeedRatio;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.fetch.DataCache;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.core.data.load.Datasets;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Scenario {@code resnet} (and its smoke-test size {@code resnet-quick}): Copse against PyTorch on the same
 * ResNet-8 (16/32/64) and the same MNIST IDX files from Copse's data cache: training with Adam 1e-3 at batch
 * 128 (seconds per step, test accuracy after the run), and inference at batch 1 and batch 256, each side in
 * a process of its own on {@value #THREADS} threads ({@link ResnetWorker} with {@code copse.threads};
 * {@code benchmarks/peers/resnet_torch.py} with {@code torch.set_num_threads}).
 *
 * <p>GFLOP/s use {@code 2 x MACs} per image for inference and {@code 6 x MACs} per image for a training step
 * (forward, plus a backward pass that costs about twice the forward), with MACs from Copse's ledger.
 */
final class ResnetScenario implements Scenario {

    static final int THREADS = 2;
    static final int BATCH = 128;
    private static final String PEER = "pytorch";
    private static final String PEER_SCRIPT = "resnet_torch.py";
    private static final List<PythonRequirement> REQUIREMENTS = List.of(
            PythonRequirement.module("numpy", "python3-numpy"),
            PythonRequirement.module("torch", "python3-torch"));

    /** How much data and time a variant of the scenario uses. */
    record Size(String name, int trainRows, int testRows, int epochs, int chunkSteps, boolean quick) {
    }

    static final Size FULL = new Size("resnet", 0, 0, 3, 20, false);
    static final Size QUICK = new Size("resnet-quick", 2048, 1000, 1, 3, true);

    private final Size size;

    ResnetScenario(Size size) {
        this.size = size;
    }

    @Override
    public String name() {
        return size.name();
    }

    @Override
    public String summary() {
        return size.quick()
                ? "smoke test of the resnet scenario: 2,048 MNIST images, 1 epoch, short timing"
                : "ResNet-8 on MNIST, Copse vs PyTorch: training images/s and accuracy after 3 epochs (Adam, "
                        + "batch 128), inference at batch 1 and 256, peak memory";
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException {
        context.python().ensure(REQUIREMENTS);
        Datasets.load(PublicDataset.MNIST.name(), context.progress());
        Path data = DataCache.fromEnvironment().folder(PublicDataset.MNIST);
        RepetitionScheme scheme = size.quick() ? new RepetitionScheme(1, 3, Math.min(100,
                context.scheme().minSampleMillis())) : context.scheme();
        List<String> arguments = new ArrayList<>(List.of("--data", data.toString(),
                "--epochs", Integer.toString(size.epochs()), "--train-rows", Integer.toString(size.trainRows()),
                "--test-rows", Integer.toString(size.testRows()), "--batch-size", Integer.toString(BATCH),
                "--chunk-steps", Integer.toString(size.chunkSteps())));
        arguments.addAll(scheme.asPeerOptions());

        report(context, 0, "copse");
        WorkerOutput copse = keepRaw(context, "copse", context.java().run(List.of("-Dcopse.threads=" + THREADS,
                "-XX:+UseParallelGC"), ResnetWorker.class, arguments, "copse resnet worker"));
        report(context, 1, PEER);
        List<String> peerArguments = new ArrayList<>(arguments);
        peerArguments.addAll(List.of("--threads", Integer.toString(THREADS)));
        WorkerOutput peer = keepRaw(context, PEER, context.python().run(PEER_SCRIPT, peerArguments, THREADS,
                "pytorch resnet peer"));
        report(context, 2, "done");

        double macs = forwardMacs();
        List<Measurement> measurements = new ArrayList<>();
        List<SpeedRatio> ratios = new ArrayList<>();
        List<Fact> facts = new ArrayList<>(List.of(
                new Fact("model", "ResNet-8, widths 16/32/64, " + String.format(Locale.ROOT, "%.2f", macs / 1e6)
                        + " M MACs per 28x28 image (Copse's ledger)"),
                new Fact("data", "MNIST IDX files of " + data + (size.trainRows() > 0 ? ", first "
                        + size.trainRows() + " training and " + size.testRows() + " test images" : "")),
                new Fact("training", "Adam 1e-3, no weight decay, batch " + BATCH + ", " + size.epochs()
                        + " epoch(s), seed 1; step time = mean over chunks of " + size.chunkSteps()
                        + " steps, first chunk dropped"),
                new Fact("inference timing", scheme.describe()),
                new Fact("threads", THREADS + " on each side (Copse: -Dcopse.threads; PyTorch: torch.set_num_threads)"),
                new Fact("GFLOP/s", "2 x MACs per inferred image, 6 x MACs per trained image")));
        for (Case c : Case.values()) {
            Measurement mine = measurement(copse, c, "copse", macs);
            Measurement theirs = measurement(peer, c, PEER, macs);
            measurements.add(mine);
            measurements.add(theirs);
            ratios.add(SpeedRatio.of(mine, theirs));
            facts.add(new Fact(c.description + ", images/s at the median", String.format(Locale.ROOT,
                    "Copse %.0f, PyTorch %.0f", c.images / mine.secondsPerCall().median(),
                    c.images / theirs.secondsPerCall().median())));
        }
        for (Fact fact : copse.facts()) {
            facts.add(new Fact("Copse: " + fact.name(), fact.value()));
        }
        for (Fact fact : peer.facts()) {
            facts.add(new Fact("PyTorch: " + fact.name(), fact.value()));
        }
        String title = "ResNet-8 on MNIST: Copse vs PyTorch (scenario `" + name() + "`)";
        return new ScenarioReport(name(), title, context.machine(), context.command(), facts, measurements,
                Optional.empty(), ratios);
    }

    /** The three timed cases; ids as both workers print them. */
    private enum Case {
        TRAIN("train", "training step, batch 128", BATCH, 6),
        INFER_1("infer-b1", "inference, batch 1", 1, 2),
        INFER_256("infer-b256", "inference, batch 256", 256, 2);

        final String id;
        final String description;
        final int images;
        final int flopsPerMac;

        Case(String id, String description, int images, int flopsPerMac) {
            this.id = id;
            this.description = description;
            this.images = images;
            this.flopsPerMac = flopsPerMac;
        }
    }

    private static Measurement measurement(WorkerOutput output, Case c, String label, double macs) {
        WorkerOutput.CaseTimings timings = output.cases().stream().filter(t -> t.id().equals(c.id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(label + " reported no case " + c.id + ", only "
                        + output.cases().stream().map(WorkerOutput.CaseTimings::id).toList()));
        return new Measurement(c.id, c.description, label, SampleSummary.of(timings.seconds()),
                OptionalDouble.of((double) c.flopsPerMac * macs * c.images), OptionalLong.of(output.peakRssBytes()));
    }

    /** Multiply-accumulates of one image through ResNet-8 (16/32/64) on 28x28x1, from Copse's ledger. */
    static double forwardMacs() {
        CostLedger ledger = new CostLedger();
        ResNetSpec.builder().depth(8).widths(16, 32, 64).inputShape(1, 28, 28).classes(10).build()
                .initialize(0).recordCost(ledger);
        return ledger.totalMacs();
    }

    private static WorkerOutput keepRaw(ScenarioContext context, String name, String output) throws IOException {
        Path raw = Files.createDirectories(context.resultsFolder().resolve("raw"));
        Files.writeString(raw.resolve(name + ".json"), output, StandardCharsets.UTF_8);
        return WorkerOutput.parse(output, name);
    }

    private void report(ScenarioContext context, long done, String detail) {
        context.progress().onProgress(new ProgressEvent(name(), done, 2, detail));
    }
}
