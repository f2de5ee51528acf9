package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.gemm.GemmImplementation;
import dev.copse.benchmarks.gemm.GemmShape;
import dev.copse.benchmarks.gemm.KernelFlags;
import dev.copse.benchmarks.report.Fact;
import dev.copse.benchmarks.report.Measurement;
import dev.copse.benchmarks.report.SampleSummary;
import dev.copse.benchmarks.report.ScenarioReport;
import dev.copse.benchmarks.report.SpeedRatio;
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
 * Scenario {@code gemm}: Copse's GEMM with the portable and the Vector API kernel, EJML single- and
 * multi-threaded, and numpy's float32 {@code matmul} (OpenBLAS sgemm as Debian ships it) on every
 * {@link GemmShape}, plus the machine's FMA peak.
 *
 * <p>Design: every implementation and shape runs in a process of its own, timed inside that process by
 * the same {@link RepetitionScheme} (Java: {@link GemmWorker}; Python: {@code benchmarks/peers/gemm_numpy.py}).
 * One JVM per Copse kernel is required anyway, because Copse fixes its kernel once per JVM from
 * {@value KernelFlags#PROPERTY}; one process per shape gives each row its own peak-memory figure and keeps
 * one shape's JIT profile from shaping another's. The numpy peer runs on {@value #PEER_THREADS} BLAS threads.
 * Each process's output, every sample included, is kept in the results folder under {@code raw/}.
 */
final class GemmScenario implements Scenario {

    static final int PEER_THREADS = 2;
    static final String PEER = "numpy";
    static final int PEAK_WARMUPS = 3;
    static final long PEAK_MIN_SAMPLE_MILLIS = 200;
    private static final String PEER_SCRIPT = "gemm_numpy.py";

    /** A Java implementation and the JVM flags that select it. */
    private record JavaVariant(String label, GemmImplementation implementation, List<String> jvmFlags) {
    }

    private static final List<JavaVariant> VARIANTS = List.of(
            new JavaVariant("copse-portable", GemmImplementation.COPSE, List.of(KernelFlags.PORTABLE)),
            new JavaVariant("copse-vector", GemmImplementation.COPSE, List.of(KernelFlags.VECTOR)),
            new JavaVariant("ejml", GemmImplementation.EJML, List.of()),
            new JavaVariant("ejml-mt", GemmImplementation.EJML_CONCURRENT, List.of()));

    private static final List<PythonRequirement> REQUIREMENTS = List.of(
            PythonRequirement.module("numpy", "python3-numpy"),
            PythonRequirement.module("threadpoolctl", "python3-threadpoolctl"),
            new PythonRequirement("OpenBLAS behind numpy",
                    "import numpy, threadpoolctl, sys; "
                            + "sys.exit(0 if any(i.get('internal_api') == 'openblas' "
                            + "for i in threadpoolctl.threadpool_info()) else 1)",
                    "libopenblas0-pthread"));

    @Override
    public String name() {
        return "gemm";
    }

    @Override
    public String summary() {
        return "Copse GEMM (portable, Vector API) vs EJML and numpy/OpenBLAS on Copse's shapes, "
                + "one process per implementation and shape, with the FMA peak";
    }

    @Override
    public ScenarioReport run(ScenarioContext context) throws IOException, InterruptedException {
        context.python().ensure(REQUIREMENTS);
        GemmShape[] shapes = GemmShape.values();
        long total = 1L + (long) shapes.length * (VARIANTS.size() + 1);
        long done = 0;
        Measurement peak = peak(context);
        report(context, ++done, total, "fma-peak");

        List<Measurement> measurements = new ArrayList<>();
        List<SpeedRatio> ratios = new ArrayList<>();
        List<Fact> peerFacts = List.of();
        for (GemmShape shape : shapes) {
            List<Measurement> copse = new ArrayList<>();
            List<Measurement> others = new ArrayList<>();
            for (JavaVariant variant : VARIANTS) {
                String what = variant.label() + " on " + shape.id();
                WorkerOutput output = keepRaw(context, variant.label() + "-" + shape.id(), what,
                        context.java().run(variant.jvmFlags(), GemmWorker.class,
                                workerArguments(variant.implementation().id(), shape.id(), context.scheme()), what));
                Measurement measurement = toMeasurement(output, shape, variant.label());
                measurements.add(measurement);
                (variant.implementation() == GemmImplementation.COPSE ? copse : others).add(measurement);
                report(context, ++done, total, what);
            }
            String what = PEER + " on " + shape.id();
            WorkerOutput output = keepRaw(context, PEER + "-" + shape.id(), what,
                    context.python().run(PEER_SCRIPT, peerArguments(shape, context), PEER_THREADS, what));
            Measurement peer = toMeasurement(output, shape, PEER);
            measurements.add(peer);
            peerFacts = output.facts();
            others.add(peer);
            // Every Copse kernel against every other implementation: EJML (single- and multi-threaded) and numpy.
            for (Measurement mine : copse) {
                for (Measurement other : others) {
                    ratios.add(SpeedRatio.of(mine, other));
                }
            }
            report(context, ++done, total, what);
        }
        return new ScenarioReport(name(), "GEMM: Copse vs EJML vs numpy (scenario `gemm`)", context.machine(),
                context.command(), facts(context, peerFacts), measurements, Optional.of(peak), ratios);
    }

    /**
     * The FMA peak, on {@link #peakScheme}. The row has no memory figure: the garbage of its interpreted
     * first calls says nothing useful.
     */
    private static Measurement peak(ScenarioContext context) throws IOException, InterruptedException {
        String what = "FMA peak";
        WorkerOutput output = keepRaw(context, GemmWorker.FMA_PEAK, what, context.java().run(List.of(),
                GemmWorker.class, workerArguments(GemmWorker.FMA_PEAK, GemmWorker.FMA_PEAK,
                        peakScheme(context.scheme())), what));
        WorkerOutput.CaseTimings timings = single(output, GemmWorker.FMA_PEAK);
        return new Measurement(GemmWorker.FMA_PEAK,
                "512-bit FMA loop on " + context.machine().logicalCpus() + " threads", GemmWorker.FMA_PEAK,
                SampleSummary.of(timings.seconds()), OptionalDouble.of(timings.flops()), OptionalLong.empty());
    }

    /**
     * The scheme with at least {@value #PEAK_WARMUPS} warm-up rounds of {@value #PEAK_MIN_SAMPLE_MILLIS} ms.
     * Every other row is divided by the peak, and Vector API code is only fast once C2 has compiled it (the
     * interpreter and C1 box every vector), which a short smoke-test warm-up does not reach.
     */
    static RepetitionScheme peakScheme(RepetitionScheme scheme) {
        return new RepetitionScheme(Math.max(scheme.warmups(), PEAK_WARMUPS), scheme.repeats(),
                Math.max(scheme.minSampleMillis(), PEAK_MIN_SAMPLE_MILLIS));
    }

    /** Saves a worker's output, every sample included, as {@code raw/<name>.json}, then parses it. */
    private static WorkerOutput keepRaw(ScenarioContext context, String name, String what, String output)
            throws IOException {
        Path raw = Files.createDirectories(context.resultsFolder().resolve("raw"));
        Files.writeString(raw.resolve(name + ".json"), output, StandardCharsets.UTF_8);
        return WorkerOutput.parse(output, what);
    }

    private static Measurement toMeasurement(WorkerOutput output, GemmShape shape, String label) {
        WorkerOutput.CaseTimings timings = single(output, shape.id());
        if (Math.abs(timings.flops() - shape.flops()) > 0.5) {
            throw new IllegalStateException(label + " reported " + timings.flops() + " flops for " + shape.id()
                    + ", expected 2mnk = " + shape.flops() + ": it multiplied a different shape");
        }
        return new Measurement(shape.id(), shape.description() + " (" + shape.dimensions() + ")", label,
                SampleSummary.of(timings.seconds()), OptionalDouble.of(shape.flops()),
                OptionalLong.of(output.peakRssBytes()));
    }

    private static WorkerOutput.CaseTimings single(WorkerOutput output, String caseId) {
        if (output.cases().size() != 1 || !output.cases().getFirst().id().equals(caseId)) {
            throw new IllegalStateException(output.implementation() + " should have timed exactly case " + caseId
                    + ", but reported " + output.cases().stream().map(WorkerOutput.CaseTimings::id).toList());
        }
        return output.cases().getFirst();
    }

    private static List<String> workerArguments(String implementation, String caseId, RepetitionScheme scheme) {
        List<String> arguments = new ArrayList<>(List.of("--implementation", implementation, "--case", caseId));
        arguments.addAll(scheme.asPeerOptions());
        return arguments;
    }

    private static List<String> peerArguments(GemmShape shape, ScenarioContext context) {
        List<String> arguments = new ArrayList<>(List.of("--case", shape.id(),
                "--m", Integer.toString(shape.m()), "--n", Integer.toString(shape.n()),
                "--k", Integer.toString(shape.k()), "--threads", Integer.toString(PEER_THREADS)));
        if (shape.transposedA()) {
            arguments.add("--transpose-a");
        }
        if (shape.transposedB()) {
            arguments.add("--transpose-b");
        }
        arguments.addAll(context.scheme().asPeerOptions());
        return arguments;
    }

    private static List<Fact> facts(ScenarioContext context, List<Fact> peerFacts) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("timing", context.scheme().describe()));
        facts.add(new Fact("FMA peak timing", peakScheme(context.scheme()).describe()));
        facts.add(new Fact("processes", "one per implementation and shape; Java: `java "
                + KernelFlags.VECTOR_MODULE + "` plus `" + KernelFlags.PORTABLE + "` or `" + KernelFlags.VECTOR
                + "` for Copse; Python: `" + context.python().python() + "` with OPENBLAS_NUM_THREADS=" + PEER_THREADS));
        facts.add(new Fact("OpenBLAS kernel choice", context.python().describeCoretype()));
        facts.add(new Fact("peak memory", "peak resident set size of that process (VmHWM from /proc/self/status, "
                + "read when it finishes), including the JVM or the interpreter"));
        facts.add(new Fact("data", "operands uniform in [-1, 1), seeded; each product checked against a double "
                + "product on its first rows (relative error below " + GemmWorker.TOLERANCE + ")"));
        for (Fact fact : peerFacts) {
            facts.add(new Fact(PEER + " peer: " + fact.name(), fact.value()));
        }
        return facts;
    }

    private static void report(ScenarioContext context, long done, long total, String detail) {
        context.progress().onProgress(new ProgressEvent("gemm", done, total, detail));
    }
}
