package dev.copse.benchmarks.gemm;

import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * EJML's float products on the same operands, single-threaded ({@code CommonOps_FDRM}) and multi-threaded
 * ({@code CommonOps_MT_FDRM}). Score: products per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = KernelFlags.VECTOR_MODULE)
public class EjmlGemmBenchmark {

    @Benchmark
    public FMatrixRMaj singleThreaded(GemmState state) {
        GemmImplementation.EJML.multiply(state.operands);
        return state.operands.c();
    }

    @Benchmark
    public FMatrixRMaj multiThreaded(GemmState state) {
        GemmImplementation.EJML_CONCURRENT.multiply(state.operands);
        return state.operands.c();
    }
}
