package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.gemm.CopsePortableGemmBenchmark;
import dev.copse.benchmarks.gemm.CopseVectorGemmBenchmark;
import dev.copse.benchmarks.gemm.EjmlGemmBenchmark;
import dev.copse.benchmarks.gemm.GemmShape;
import dev.copse.benchmarks.peak.FmaPeakBenchmark;
import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.core.progress.ProgressEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Scenario {@code gemm-jmh}: the JMH benchmarks of {@code dev.copse.benchmarks.gemm} and
 * {@code dev.copse.benchmarks.peak} through JMH's Runner API, turned into the runner's tables.
 *
 * <p>JMH forks one JVM per benchmark and shape; the {@code @Fork} annotations add
 * {@code --add-modules=jdk.incubator.vector} and, for Copse, the kernel property. The repetition scheme maps
 * to JMH as: warm-ups = warm-up iterations, repeats = measurement iterations, minimum sample = iteration
 * time. Each iteration's throughput score (calls per second, summed over threads for the FMA peak) becomes
 * one sample of {@code 1 / score} seconds per call, so medians and spreads are over iterations. JMH's own
 * log goes to standard output as it runs; its JSON result file is kept as {@code jmh-result.json} in the
 * results folder.
 */
final class JmhGemmScenario implements Scenario {

    private static final Map<String, String> LABELS = Map.of(
            CopsePortableGemmBenchmark.class.getName() + ".multiply", "copse-portable",
            CopseVectorGemmBenchmark.class.getName() + ".multiply", "copse-vector",
            EjmlGemmBenchmark.class.getName() + ".singleThreaded", "ejml",
            EjmlGemmBenchmark.class.getName() + ".multiThreaded", "ejml-mt");
    private static final List<String> ORDER = List.of("copse-portable", "copse-vector", "ejml", "ejml-mt");
    private static final String PEAK = FmaPeakBenchmark.class.getName() + ".fmaLoop";

    @Override
    public String name() {
        return "gemm-jmh";
    }

    @Override
    public String summary() {
        return "JMH: Copse GEMM (portable, Vector API), EJML and EJML multi-threaded on Copse's shapes, "
                + "plus the FMA peak on all cores";
    }

    @Override
    public ScenarioReport run(ScenarioContext context) {
        RepetitionScheme scheme = context.scheme();
        TimeValue iteration = TimeValue.milliseconds(Math.max(1, scheme.minSampleMillis()));
        OptionsBuilder builder = new OptionsBuilder();
        for (String benchmark : LABELS.keySet()) {
            builder.include("^" + Pattern.quote(benchmark) + "$");
        }
        builder.include("^" + Pattern.quote(PEAK) + "$");
        Options options = builder
                .warmupIterations(scheme.warmups()).warmupTime(iteration)
                .measurementIterations(scheme.repeats()).measurementTime(iteration)
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .forks(1).shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(context.resultsFolder().resolve("jmh-result.json").toString())
                .build();
        context.progress().onProgress(new ProgressEvent("gemm-jmh", 0, 1, "JMH running; its log follows"));
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        context.progress().onProgress(new ProgressEvent("gemm-jmh", 1, 1, results.size() + " results"));
        return report(context, results);
    }

    private ScenarioReport report(ScenarioContext context, Collection<RunResult> results) {
        List<Measurement> measurements = new ArrayList<>();
        Measurement peak = null;
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            SampleSummary seconds = SampleSummary.of(secondsPerCall(result));
            if (params.getBenchmark().equals(PEAK)) {
                peak = new Measurement("fma-peak", "512-bit FMA loop on " + params.getThreads() + " threads",
                        "fma-peak", seconds, OptionalDouble.of(FmaPeakBenchmark.FLOPS_PER_CALL), OptionalLong.empty());
                continue;
            }
            String label = LABELS.get(params.getBenchmark());
            if (label == null) {
                throw new IllegalStateException("JMH ran an unexpected benchmark " + params.getBenchmark());
            }
            GemmShape shape = GemmShape.valueOf(params.getParam("shape"));
            measurements.add(new Measurement(shape.id(), shape.description() + " (" + shape.dimensions() + ")", label,
                    seconds, OptionalDouble.of(shape.flops()), OptionalLong.empty()));
        }
        if (peak == null) {
            throw new IllegalStateException("JMH returned no result for " + PEAK);
        }
        measurements.sort(Comparator.comparing((Measurement m) -> GemmShape.byId(m.caseId()).ordinal())
                .thenComparing(m -> ORDER.indexOf(m.implementation())));
        List<Fact> facts = List.of(
                new Fact("harness", "JMH " + Version.getPlainVersion() + ", throughput mode, one fork per benchmark "
                        + "and shape, " + context.scheme().warmups() + " warm-up and " + context.scheme().repeats()
                        + " measurement iterations of " + Math.max(1, context.scheme().minSampleMillis()) + " ms"),
                new Fact("samples", "one per measurement iteration: 1 / (calls per second in that iteration)"),
                new Fact("forked JVM flags", "from each benchmark's @Fork: --add-modules=jdk.incubator.vector, "
                        + "plus -Dcopse.kernels=portable or =vector for Copse"));
        return new ScenarioReport(name(), "GEMM under JMH (scenario `gemm-jmh`)", context.machine(), context.command(),
                facts, measurements, Optional.of(peak), List.of());
    }

    private static double[] secondsPerCall(RunResult result) {
        BenchmarkParams params = result.getParams();
        if (params.getMode() != Mode.Throughput || params.getTimeUnit() != TimeUnit.SECONDS) {
            throw new IllegalStateException(params.getBenchmark() + " ran in " + params.getMode() + " per "
                    + params.getTimeUnit() + "; expected throughput per second");
        }
        List<Double> seconds = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                seconds.add(1.0 / iteration.getPrimaryResult().getScore());
            }
        }
        return seconds.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
