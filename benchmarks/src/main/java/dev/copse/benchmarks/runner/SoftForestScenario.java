package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Json;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.core.data.fetch.DatasetFetcher;
import dev.copse.core.data.fetch.PublicDataset;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.forest.soft.Options;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios {@code softforest}, {@code softforest-fashion} and {@code softforest-quick}: Copse's soft forest
 * with its default options against a PyTorch forest of the same budding trees
 * ({@code benchmarks/peers/soft_forest_torch.py}: same trees, depth, batch, epochs, learning rate and
 * schedule, initial leafness, size penalty, beta, held-out fraction, float32, {@value #THREADS} threads), both
 * reading the same IDX files from Copse's data cache.
 *
 * <p>Reported per side: training time per epoch (median over epochs, the held-out evaluation included on
 * both sides), test accuracy after the configured epochs, batch inference time over the test rows (Copse:
 * soft, hard and pruned-soft on the finalised forest; the peer: soft), peak RSS. The Copse worker runs with
 * {@value #HEAP_LIMIT}, so a finished run shows that training fits that heap. Speed ratios: Copse against
 * the peer on training and on inference, and Copse's hard and pruned-soft modes against its own soft mode.
 *
 * @param name      the scenario's name
 * @param dataset   the data set both sides read
 * @param epochs    training epochs (Copse also runs its default fine-tuning epochs, not timed)
 * @param trainRows first training rows used, 0 for all
 * @param testRows  first test rows used, 0 for all
 */
record SoftForestScenario(String name, PublicDataset dataset, int epochs, int trainRows, int testRows)
        implements Scenario {

    static final int THREADS = 2;
    static final String HEAP_LIMIT = "-Xmx2g";
    static final String PEER = "torch";
    private static final String PEER_SCRIPT = "soft_forest_torch.py";
    private static final List<PythonRequirement> REQUIREMENTS = List.of(
            PythonRequirement.module("numpy", "python3-numpy"), PythonRequirement.module("torch", "python3-torch"));

    /** Full MNIST, Copse's default epochs. */
    static final SoftForestScenario MNIST = new SoftForestScenario("softforest", PublicDataset.MNIST,
            Options.defaults().epochs(), 0, 0);
    /** Full Fashion-MNIST, Copse's default epochs. */
    static final SoftForestScenario FASHION_MNIST = new SoftForestScenario("softforest-fashion",
            PublicDataset.FASHION_MNIST, Options.defaults().epochs(), 0, 0);
    /** A smoke test of the wiring: the first 2,000 training and 500 test rows of MNIST, 2 epochs. */
    static final SoftForestScenario QUICK = new SoftForestScenario("softforest-quick", PublicDataset.MNIST,
            2, 2000, 500);

    @Override
    public String summary() {
        return "soft forest (Copse defaults) vs a PyTorch budding-tree forest on " + dataset.title()
                + (trainRows > 0 ? " (first " + trainRows + " training and " + testRows + " test rows)" : "")
                + ", " + epochs + " epochs: training and inference speed, accuracy, peak memory";
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException {
        context.python().ensure(REQUIREMENTS);
        report(context, 0, "fetching or verifying " + dataset.name());
        Path folder = DatasetFetcher.standard().ensure(dataset, context.progress());
        report(context, 1, "training Copse");
        String copseText = context.java().run(List.of(HEAP_LIMIT), SoftForestWorker.class,
                copseArguments(folder, context.scheme()), "Copse soft forest worker");
        WorkerOutput copse = keepRaw(context, "copse", copseText);
        report(context, 2, "training the PyTorch peer");
        String peerText = context.python().run(PEER_SCRIPT, peerArguments(folder, context.scheme()), THREADS,
                "PyTorch soft forest peer");
        WorkerOutput peer = keepRaw(context, PEER, peerText);
        report(context, 3, "done");
        return SoftForestResults.report(this, context, copse, Json.parse(copseText.strip(), "Copse worker"),
                peer, Json.parse(peerText.strip(), "PyTorch peer"));
    }

    String title() {
        return "Soft forest: Copse vs PyTorch on " + dataset.title() + " (scenario `" + name + "`)";
    }

    List<String> copseArguments(Path folder, RepetitionScheme scheme) {
        List<String> arguments = new ArrayList<>(List.of("--data-folder", folder.toAbsolutePath().toString(),
                "--train-rows", Integer.toString(trainRows), "--test-rows", Integer.toString(testRows),
                "--epochs", Integer.toString(epochs), "--threads", Integer.toString(THREADS)));
        arguments.addAll(scheme.asPeerOptions());
        return arguments;
    }

    /** The peer's command line: every setting taken from Copse's {@link Options#defaults()}. */
    List<String> peerArguments(Path folder, RepetitionScheme scheme) {
        Options o = Options.defaults();
        List<String> arguments = new ArrayList<>(List.of("--data-folder", folder.toAbsolutePath().toString(),
                "--train-rows", Integer.toString(trainRows), "--test-rows", Integer.toString(testRows),
                "--trees", Integer.toString(o.trees()), "--depth", Integer.toString(o.maxDepth()),
                "--epochs", Integer.toString(epochs), "--batch-size", Integer.toString(o.batchSize()),
                "--learning-rate", Float.toString(o.learningRate()), "--beta", Float.toString(o.beta()),
                "--initial-leafness", Float.toString(o.initialLeafness()),
                "--size-penalty", Float.toString(o.sizePenalty()),
                "--validation-fraction", Float.toString(o.validationFraction()),
                "--seed", Long.toString(o.seed()), "--threads", Integer.toString(THREADS)));
        arguments.addAll(scheme.asPeerOptions());
        return arguments;
    }

    private static WorkerOutput keepRaw(ScenarioContext context, String name, String output) throws IOException {
        Path raw = Files.createDirectories(context.resultsFolder().resolve("raw"));
        Files.writeString(raw.resolve(name + ".json"), output, StandardCharsets.UTF_8);
        return WorkerOutput.parse(output, name);
    }

    private void report(ScenarioContext context, long done, String detail) {
        context.progress().onProgress(new ProgressEvent(name, done, 3, detail));
    }
}
