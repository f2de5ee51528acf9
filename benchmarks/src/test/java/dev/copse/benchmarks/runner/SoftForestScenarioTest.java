package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Json;
import dev.copse.benchmarks.report.MachineInfo;
import dev.copse.benchmarks.report.MarkdownReport;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.benchmarks.report.SpeedRatio;
import dev.copse.core.progress.ProgressListener;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wiring of the {@code softforest} scenarios without the PyTorch peer: the real Copse worker on a few
 * hundred rows of the embedded dataset, a hand-written peer output, and the report built from both.
 */
class SoftForestScenarioTest {

    private static final MachineInfo MACHINE = new MachineInfo("Test CPU", 2, 8L << 30, "Test JDK",
            "Test OS", Instant.parse("2026-01-02T03:04:05Z"), "abc123", 0.5);

    /** 400 training rows in 2 epochs of 4 s and 6 s, 100 test rows in 0.5 s: every ratio below is by hand. */
    private static final String PEER = """
            {"implementation": "torch", "peakRssBytes": 1048576, "facts": {"versions": "torch test"},
             "accuracy": 0.5, "trainingRows": 400, "testRows": 100,
             "cases": [{"id": "train-epoch", "flops": 0.0, "seconds": [4.0, 6.0]},
                       {"id": "inference", "flops": 0.0, "seconds": [0.5]}]}""";

    @Test
    void workerOutputAndPeerOutputMakeOneReport(@TempDir Path results) throws Exception {
        String copseText = SoftForestWorker.measure(new String[] {"--data-folder", "default", "--train-rows", "300",
                "--test-rows", "100", "--epochs", "1", "--threads", "1", "--warmups", "1", "--repeats", "2",
                "--min-sample-ms", "0"});
        WorkerOutput copse = WorkerOutput.parse(copseText, "copse");
        WorkerOutput peer = WorkerOutput.parse(PEER, "peer");
        ScenarioContext context = new ScenarioContext(new RepetitionScheme(1, 2, 0), MACHINE, "test", results,
                JavaLauncher.current(), PythonPeers.debian(Optional.empty()), ProgressListener.none());
        SoftForestScenario scenario = new SoftForestScenario("softforest-test", SoftForestScenario.QUICK.dataset(),
                1, 300, 100);

        ScenarioReport report = SoftForestResults.report(scenario, context, copse, Json.parse(copseText, "copse"),
                peer, Json.parse(PEER, "peer"));

        assertEquals(6, report.measurements().size(), "2 training rows and 4 inference rows");
        assertEquals(1, copse.cases().getFirst().seconds().length, "one timed training epoch");
        SpeedRatio training = report.ratios().getFirst();
        double copseRows = (Double) ((Map<?, ?>) Json.parse(copseText, "copse")).get("trainingRows");
        assertTrue(copseRows > 250 && copseRows < 300, "about 10 % of 300 rows held out: " + copseRows);
        double copsePerSample = copse.cases().getFirst().seconds()[0] / copseRows;
        assertEquals(SoftForestResults.TRAIN, training.caseId());
        assertEquals(5.0 / 400 / copsePerSample, training.ratio(), 1e-9 * training.ratio(),
                "per-sample ratio: the peer's median epoch over its rows against Copse's epoch over its rows");
        List<String> pairs = report.ratios().stream().map(r -> r.copse() + "/" + r.peer()).toList();
        assertTrue(pairs.containsAll(List.of("copse-soft/torch-soft", "copse-hard/torch-soft",
                "copse-hard/copse-soft", "copse-pruned-soft/copse-soft")), pairs.toString());
        String facts = report.facts().stream().map(Fact::name).toList().toString();
        assertTrue(facts.contains("Copse hard") && facts.contains("peer soft") && facts.contains("peer: versions"),
                facts);
        String markdown = MarkdownReport.render(report);
        assertTrue(markdown.contains("copse-pruned-soft") && markdown.contains("50.00 % test accuracy"), markdown);
    }
}
