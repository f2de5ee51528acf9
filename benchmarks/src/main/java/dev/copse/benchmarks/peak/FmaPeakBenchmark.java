package dev.copse.benchmarks.peak;

import dev.copse.benchmarks.gemm.KernelFlags;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link FmaPeak} on every hardware thread at once ({@code Threads.MAX}). In throughput mode JMH sums the
 * threads' scores, so GFLOP/s = score x {@link #FLOPS_PER_CALL} / 1e9 is the whole machine's peak.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = KernelFlags.VECTOR_MODULE)
@Threads(Threads.MAX)
public class FmaPeakBenchmark {

    /** About a millisecond of work per call: long enough to amortise the call, short enough to sample. */
    public static final int ITERATIONS = 1 << 18;
    public static final double FLOPS_PER_CALL = FmaPeak.flops(ITERATIONS);

    @Setup
    public void checkVectors() {
        FmaPeak.requireNative512BitVectors();
    }

    @Benchmark
    public float fmaLoop() {
        return FmaPeak.run(ITERATIONS);
    }
}
