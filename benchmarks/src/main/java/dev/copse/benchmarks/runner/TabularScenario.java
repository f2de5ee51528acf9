package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.core.progress.ProgressEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Scenario {@code tabular} (and its quick form {@code tabular-smoke}): stratified 5-fold cross-validation of
 * Copse's {@code copse} cascade preset against Smile's random forest on Weka's credit-g, diabetes and segment
 * ARFF files (fetched from Debian's {@code weka} package by {@code TabularDatasetFetcher}), each
 * implementation in a process of its own ({@link TabularWorker}) on the same folds. Accuracies are facts
 * (mean +- standard deviation over the folds); the rows time each fold's training and prediction.
 * {@code tabular-smoke} runs diabetes only, 2 folds, soft forests of 3 trees for 3 epochs, at most 2 levels,
 * and a 20-tree Smile forest: it checks the wiring, not the methods.
 */
final class TabularScenario implements Scenario {

    static final int THREADS = 2;
    private final boolean smoke;

    TabularScenario(boolean smoke) {
        this.smoke = smoke;
    }

    @Override
    public String name() {
        return smoke ? "tabular-smoke" : "tabular";
    }

    @Override
    public String summary() {
        return smoke ? "quick wiring check: copse preset vs Smile random forest, diabetes, 2 folds"
                : "copse cascade preset vs Smile's random forest, 5-fold on credit-g, diabetes, segment";
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException {
        List<Measurement> measurements = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("folds", (smoke ? 2 : 5) + ", stratified, Smile's CrossValidation.stratify under"
                + " MathEx.setSeed(1), the same for both implementations"));
        List<String> implementations = List.of("copse", "smile-rf");
        int done = 0;
        for (String implementation : implementations) {
            String what = implementation + " cross-validation";
            WorkerOutput output = CascadeScenario.keepRaw(context, implementation, what, context.java().run(List.of(),
                    TabularWorker.class, arguments(implementation), what));
            for (WorkerOutput.CaseTimings timings : output.cases()) {
                measurements.add(new Measurement(timings.id(), timings.id() + ": one fold's training and prediction",
                        output.implementation(), SampleSummary.of(timings.seconds()), OptionalDouble.empty(),
                        OptionalLong.of(output.peakRssBytes())));
            }
            for (Fact fact : output.facts()) {
                facts.add(new Fact(output.implementation() + ": " + fact.name(), fact.value()));
            }
            context.progress().onProgress(new ProgressEvent(name(), ++done, implementations.size(), what));
        }
        return new ScenarioReport(name(), "Tabular cross-validation: copse preset vs Smile random forest (scenario `"
                + name() + "`)", context.machine(), context.command(), facts, measurements, Optional.empty(),
                List.of());
    }

    private List<String> arguments(String implementation) {
        boolean copse = implementation.equals("copse");
        List<String> arguments = new ArrayList<>(List.of("--implementation", implementation,
                "--datasets", smoke ? "diabetes" : "credit-g,diabetes,segment", "--folds", smoke ? "2" : "5",
                "--seed", "1", "--threads", Integer.toString(THREADS),
                "--trees", copse ? (smoke ? "3" : "15") : (smoke ? "20" : "100")));
        if (copse && smoke) {
            arguments.addAll(List.of("--epochs", "3", "--max-levels", "2"));
        }
        return arguments;
    }
}
