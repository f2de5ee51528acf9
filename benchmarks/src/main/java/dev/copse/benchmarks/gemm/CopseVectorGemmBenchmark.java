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
 * Copse's GEMM with the Vector API kernel forced in the forked JVM ({@link KernelFlags#VECTOR}).
 * Score: products per second; GFLOP/s = score x {@link GemmShape#flops()} / 1e9.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {KernelFlags.VECTOR_MODULE, KernelFlags.VECTOR})
public class CopseVectorGemmBenchmark {

    @Benchmark
    public FMatrixRMaj multiply(GemmState state) {
        GemmImplementation.COPSE.multiply(state.operands);
        return state.operands.c();
    }
}
