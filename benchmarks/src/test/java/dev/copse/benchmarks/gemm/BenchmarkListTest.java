package dev.copse.benchmarks.gemm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.benchmarks.peak.FmaPeakBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JMH annotation processor ran at compile time: without it there is no META-INF/BenchmarkList and JMH
 * silently finds nothing to run. Also checks that the forks get the kernel flags.
 */
class BenchmarkListTest {

    @Test
    void everyBenchmarkIsRegisteredWithItsForkFlags() throws IOException {
        String list;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(in, "META-INF/BenchmarkList is missing: the JMH annotation processor did not run");
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Class<?> benchmark : new Class<?>[] {CopsePortableGemmBenchmark.class, CopseVectorGemmBenchmark.class,
                EjmlGemmBenchmark.class, FmaPeakBenchmark.class}) {
            assertTrue(list.contains(benchmark.getName()), benchmark.getName() + " is not in the BenchmarkList");
        }
        assertTrue(list.contains(KernelFlags.PORTABLE), "no fork sets " + KernelFlags.PORTABLE);
        assertTrue(list.contains(KernelFlags.VECTOR), "no fork sets " + KernelFlags.VECTOR);
        assertTrue(list.contains(KernelFlags.VECTOR_MODULE), "no fork adds the vector module");
    }
}
