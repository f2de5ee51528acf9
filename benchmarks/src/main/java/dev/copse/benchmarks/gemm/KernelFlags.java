package dev.copse.benchmarks.gemm;

/**
 * The JVM flags every benchmark JVM gets, as compile-time constants so JMH annotations can use them.
 *
 * <p>Copse picks its GEMM kernel once at start-up from the system property {@value #PROPERTY}
 * ({@code auto}, {@code portable} or {@code vector}); the Vector API kernel needs the incubator module.
 */
public final class KernelFlags {

    /** The system property that selects Copse's kernels. */
    public static final String PROPERTY = "copse.kernels";
    /** Makes {@code jdk.incubator.vector} visible; without it the fast kernels cannot load. */
    public static final String VECTOR_MODULE = "--add-modules=jdk.incubator.vector";
    /** Forces the portable (scalar, blocked) kernel. */
    public static final String PORTABLE = "-D" + PROPERTY + "=portable";
    /** Forces the Vector API kernel. */
    public static final String VECTOR = "-D" + PROPERTY + "=vector";

    private KernelFlags() {
    }
}
