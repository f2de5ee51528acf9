package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.benchmarks.report.SpeedRatio;
import dev.copse.forest.soft.InferenceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Turns the outputs of {@link SoftForestWorker} and the PyTorch peer into the report of a
 * {@link SoftForestScenario}: measurements for the cases {@code train-epoch} and {@code inference}, speed
 * ratios, and facts that state throughput in samples per second, accuracy and memory beside the times.
 * Stateless.
 */
final class SoftForestResults {

    static final String TRAIN = "train-epoch";
    static final String INFERENCE = "inference";

    private SoftForestResults() {
    }

    /**
     * The report; {@code copseJson} and {@code peerJson} are the parsed outputs, for the fields
     * {@link WorkerOutput} does not keep (accuracies and row counts).
     */
    static ScenarioReport report(SoftForestScenario scenario, ScenarioContext context, WorkerOutput copse,
                                 Object copseJson, WorkerOutput peer, Object peerJson) {
        int copseRows = rows(copseJson, "trainingRows", "Copse worker");
        int peerRows = rows(peerJson, "trainingRows", "PyTorch peer");
        int testRows = rows(copseJson, "testRows", "Copse worker");
        String train = "one training epoch (" + copseRows + " rows; peer " + peerRows + ")";
        String infer = "inference over " + testRows + " test rows";
        Measurement copseTrain = measurement(copse, TRAIN, TRAIN, train, "copse");
        Measurement peerTrain = measurement(peer, TRAIN, TRAIN, train, SoftForestScenario.PEER);
        List<Measurement> measurements = new ArrayList<>(List.of(copseTrain, peerTrain));
        List<SpeedRatio> ratios = new ArrayList<>(List.of(perSample(copseTrain, copseRows, peerTrain, peerRows)));
        Measurement peerInfer = measurement(peer, INFERENCE, INFERENCE, infer, SoftForestScenario.PEER + "-soft");
        Measurement copseSoft = null;
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("settings", "Copse `Options.defaults()` with " + scenario.epochs() + " epochs and "
                + SoftForestScenario.THREADS + " threads; the peer gets the same trees, depth, batch, epochs, "
                + "learning rate and cosine schedule, beta, initial leafness, size penalty, held-out fraction and "
                + "seed (its own random stream), float32, torch.set_num_threads(" + SoftForestScenario.THREADS + ")"));
        facts.add(new Fact("timing", "training: each epoch once, held-out evaluation included, Copse's "
                + "fine-tuning epoch not timed; inference: " + context.scheme().describe()));
        facts.add(new Fact("Copse JVM", SoftForestScenario.HEAP_LIMIT + " (the run fails if training needs more heap)"));
        facts.add(new Fact("Copse training", samplesPerSecond(copseTrain, copseRows) + " samples/s (median epoch)"));
        facts.add(new Fact("peer training", samplesPerSecond(peerTrain, peerRows) + " samples/s (median epoch)"));
        Map<?, ?> accuracy = (Map<?, ?>) field(copseJson, "accuracy", "Copse worker");
        for (InferenceMode mode : InferenceMode.values()) {
            String id = INFERENCE + "-" + mode.label();
            Measurement m = measurement(copse, id, INFERENCE, infer, "copse-" + mode.label());
            measurements.add(m);
            if (mode == InferenceMode.SOFT) {
                copseSoft = m;
            }
            facts.add(new Fact("Copse " + mode.label(), percent(accuracy.get(mode.label())) + " test accuracy, "
                    + samplesPerSecond(m, testRows) + " samples/s"));
        }
        measurements.add(peerInfer);
        facts.add(new Fact("peer soft", percent(field(peerJson, "accuracy", "PyTorch peer")) + " test accuracy, "
                + samplesPerSecond(peerInfer, testRows) + " samples/s"));
        for (Measurement m : measurements.subList(2, 2 + InferenceMode.values().length)) {
            ratios.add(SpeedRatio.of(m, peerInfer));
            if (m != copseSoft) {
                ratios.add(SpeedRatio.of(m, copseSoft));
            }
        }
        for (Fact fact : copse.facts()) {
            facts.add(new Fact("Copse: " + fact.name(), fact.value()));
        }
        for (Fact fact : peer.facts()) {
            facts.add(new Fact("peer: " + fact.name(), fact.value()));
        }
        return new ScenarioReport(scenario.name(), scenario.title(), context.machine(), context.command(), facts,
                measurements, Optional.empty(), ratios);
    }

    /** Training speed per sample: the sides may train on a different number of rows. */
    private static SpeedRatio perSample(Measurement copse, int copseRows, Measurement peer, int peerRows) {
        double copseSeconds = copse.secondsPerCall().median() / copseRows;
        double peerSeconds = peer.secondsPerCall().median() / peerRows;
        return new SpeedRatio(TRAIN, copse.implementation(), peer.implementation(),
                peerSeconds / copseSeconds);
    }

    private static Measurement measurement(WorkerOutput output, String caseInOutput, String caseId,
                                           String description, String label) {
        for (WorkerOutput.CaseTimings timings : output.cases()) {
            if (timings.id().equals(caseInOutput)) {
                return new Measurement(caseId, description, label, SampleSummary.of(timings.seconds()),
                        OptionalDouble.empty(), OptionalLong.of(output.peakRssBytes()));
            }
        }
        throw new IllegalStateException(output.implementation() + " reported no case '" + caseInOutput + "'");
    }

    private static String samplesPerSecond(Measurement m, int rows) {
        return String.format(Locale.ROOT, "%.0f", rows / m.secondsPerCall().median());
    }

    private static String percent(Object fraction) {
        if (!(fraction instanceof Double value)) {
            throw new IllegalStateException("expected an accuracy between 0 and 1, got " + fraction);
        }
        return String.format(Locale.ROOT, "%.2f %%", 100 * value);
    }

    private static Object field(Object json, String name, String source) {
        if (json instanceof Map<?, ?> map && map.containsKey(name)) {
            return map.get(name);
        }
        throw new IllegalStateException(source + " output has no field '" + name + "'");
    }

    private static int rows(Object json, String name, String source) {
        if (field(json, name, source) instanceof Double value && value >= 1 && value == Math.rint(value)) {
            return value.intValue();
        }
        throw new IllegalStateException(source + " field '" + name + "' must be a positive whole number");
    }
}
