package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.report.ScenarioReport;
import java.io.IOException;

/**
 * One named end-to-end benchmark: it times Copse and its peers on the same workload with the context's
 * {@link RepetitionScheme} and returns everything as a {@link ScenarioReport}. Adding a scenario means
 * writing one implementation and listing it in {@link ScenarioCatalog}; the runner does the rest (results
 * folder, JSON, Markdown, the docs section named after {@link #name()}).
 */
public interface Scenario {

    /** The name used on the command line, in the results folder and as the docs section; lowercase words. */
    String name();

    /** One line for {@code run.sh list}. */
    String summary();

    /**
     * Runs the scenario. May start processes and take minutes; reports progress to
     * {@link ScenarioContext#progress()}. Throws when a measurement fails, never returns partial results.
     */
    ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException;
}
