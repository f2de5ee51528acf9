package dev.copse.benchmarks.runner;

import dev.copse.benchmarks.gemm.GemmImplementation;
import dev.copse.benchmarks.gemm.GemmOperands;
import dev.copse.benchmarks.gemm.GemmShape;
import dev.copse.benchmarks.gemm.KernelFlags;
import dev.copse.benchmarks.peak.FmaPeak;
import dev.copse.benchmarks.report.Json;
import dev.copse.core.kernel.Kernels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The Java side of the {@code gemm} scenario, run by {@link GemmScenario} in a fresh JVM per implementation
 * and case so that each gets its own JIT profile and its own peak-memory figure. Prints one
 * {@link WorkerOutput} on standard output.
 *
 * <p>Arguments: {@code --implementation copse|ejml|ejml-mt|fma-peak --case <shape id>|fma-peak
 * --warmups N --repeats N --min-sample-ms N}. GEMM results are checked against a double-precision product
 * on the first rows after timing, so a wrong kernel fails instead of looking fast.
 */
public final class GemmWorker {

    /** The implementation and case name of the FMA peak measurement. */
    static final String FMA_PEAK = "fma-peak";
    /** About 5 ms of FMAs per thread and call, so handing work to the threads costs well under 1%. */
    static final int PEAK_ITERATIONS = 1 << 21;
    /** Far above float rounding for these sizes (about k x 6e-8), far below any indexing bug (about 1). */
    static final double TOLERANCE = 1e-3;
    private static final long SEED = 20_240_601L;

    private GemmWorker() {
    }

    public static void main(String[] args) throws IOException {
        try {
            System.out.println(measure(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("GemmWorker: " + e.getMessage());
            System.exit(2);
        }
    }

    static String measure(String[] args) throws IOException {
        Arguments arguments = Arguments.parse(args,
                Set.of("implementation", "case", "warmups", "repeats", "min-sample-ms"), Set.of());
        RepetitionScheme scheme = new RepetitionScheme((int) arguments.requiredLong("warmups"),
                (int) arguments.requiredLong("repeats"), arguments.requiredLong("min-sample-ms"));
        String implementation = arguments.required("implementation");
        String caseId = arguments.required("case");
        Map<String, Object> timing = implementation.equals(FMA_PEAK)
                ? measurePeak(caseId, scheme)
                : measureGemm(GemmImplementation.byId(implementation), GemmShape.byId(caseId), scheme);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(KernelFlags.PROPERTY, System.getProperty(KernelFlags.PROPERTY, "unset"));
        // What Copse actually selected, so a misconfigured worker cannot pass as the other implementation.
        facts.put("copse kernel", Kernels.name());
        facts.put("threads available", Integer.toString(Runtime.getRuntime().availableProcessors()));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("implementation", implementation);
        output.put("peakRssBytes", ProcessMemory.peakResidentBytes());
        output.put("facts", facts);
        output.put("cases", List.of(timing));
        return Json.write(output);
    }

    private static Map<String, Object> measureGemm(GemmImplementation implementation, GemmShape shape,
                                                   RepetitionScheme scheme) {
        GemmOperands operands = GemmOperands.random(shape, SEED);
        double[] seconds = scheme.measure(() -> implementation.multiply(operands));
        double error = operands.relativeErrorOfFirstRows(Math.min(2, shape.m()));
        if (!(error <= TOLERANCE)) {
            throw new IllegalStateException(implementation.id() + " computed a wrong product for " + shape.id()
                    + ": relative error " + error + " exceeds " + TOLERANCE);
        }
        return timing(shape.id(), shape.flops(), seconds);
    }

    private static Map<String, Object> measurePeak(String caseId, RepetitionScheme scheme) {
        if (!caseId.equals(FMA_PEAK)) {
            throw new IllegalArgumentException("implementation fma-peak has only the case fma-peak, got " + caseId);
        }
        FmaPeak.requireNative512BitVectors();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Runnable call = () -> runOnAllThreads(pool, threads);
            double[] seconds = scheme.measure(call);
            return timing(FMA_PEAK, threads * FmaPeak.flops(PEAK_ITERATIONS), seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runOnAllThreads(ExecutorService pool, int threads) {
        List<Future<Float>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> FmaPeak.run(PEAK_ITERATIONS)));
        }
        float sum = 0;
        try {
            for (Future<Float> result : results) {
                sum += result.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the FMA threads", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an FMA thread failed", e.getCause());
        }
        if (!Float.isFinite(sum)) {
            throw new IllegalStateException("the FMA loop diverged to " + sum);
        }
    }

    private static Map<String, Object> timing(String id, double flops, double[] seconds) {
        List<Object> samples = new ArrayList<>();
        for (double s : seconds) {
            samples.add(s);
        }
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("id", id);
        timing.put("flops", flops);
        timing.put("seconds", samples);
        return timing;
    }
}
