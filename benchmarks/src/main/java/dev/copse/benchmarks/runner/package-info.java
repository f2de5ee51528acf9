/**
 * The end-to-end benchmark runner: named {@link dev.copse.benchmarks.runner.Scenario scenarios}, each run
 * with one {@link dev.copse.benchmarks.runner.RepetitionScheme} (warm-ups discarded, then timed samples),
 * Copse and its peers side by side in separate processes, and the results written to
 * {@code results/<date>-<scenario>/} as JSON and Markdown. A new scenario is one class implementing
 * {@link dev.copse.benchmarks.runner.Scenario}, listed in {@link dev.copse.benchmarks.runner.ScenarioCatalog}.
 *
 * <p>Start it with {@code benchmarks/run.sh}; {@link dev.copse.benchmarks.runner.Main} documents the
 * arguments.
 */
package dev.copse.benchmarks.runner;
