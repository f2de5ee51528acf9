package dev.copse.benchmarks.peak;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A loop of independent 512-bit fused multiply-adds and nothing else: the most float work per second one
 * core can do, as the JVM's Vector API compiles it.
 *
 * <p>Why twelve accumulators: an FMA has a latency of about four cycles and a server core retires up to
 * two per cycle, so at least eight independent chains must be in flight to keep both units busy
 * (Intel 64 and IA-32 Architectures Optimization Reference Manual, the FMA latency/throughput tables);
 * twelve leave headroom and still fit in the 32 vector registers with the two operands. Each chain is
 * {@code acc = acc * x + y} with {@code 0 < x < 1}, which converges to {@code y / (1 - x)}, so values stay
 * normal (no subnormal slow path, no overflow).
 *
 * <p>Thread-safe (no shared state). Needs {@code --add-modules=jdk.incubator.vector}.
 */
public final class FmaPeak {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_512;
    private static final int CHAINS = 12;

    private FmaPeak() {
    }

    /**
     * Fails unless this CPU and JVM run 512-bit float vectors natively; a narrower preferred species would
     * make the Vector API emulate {@code SPECIES_512} and the "peak" would be meaningless.
     */
    public static void requireNative512BitVectors() {
        int preferred = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        if (preferred < SPECIES.vectorBitSize()) {
            throw new IllegalStateException("the FMA peak benchmark needs 512-bit vectors (AVX-512), but this JVM's "
                    + "preferred float vector is " + preferred + " bits; run it on an AVX-512 machine");
        }
    }

    /** Floating-point operations done by one {@link #run(int)} call: 2 per lane per FMA. */
    public static double flops(int iterations) {
        return 2.0 * SPECIES.length() * CHAINS * iterations;
    }

    /**
     * Runs {@code iterations} rounds of {@value #CHAINS} independent FMAs and returns a value that depends
     * on all of them (so the JIT cannot drop any).
     */
    public static float run(int iterations) {
        FloatVector x = FloatVector.broadcast(SPECIES, 0.999_9f);
        FloatVector y = FloatVector.broadcast(SPECIES, 1e-4f);
        FloatVector a0 = FloatVector.broadcast(SPECIES, 0.10f);
        FloatVector a1 = FloatVector.broadcast(SPECIES, 0.11f);
        FloatVector a2 = FloatVector.broadcast(SPECIES, 0.12f);
        FloatVector a3 = FloatVector.broadcast(SPECIES, 0.13f);
        FloatVector a4 = FloatVector.broadcast(SPECIES, 0.14f);
        FloatVector a5 = FloatVector.broadcast(SPECIES, 0.15f);
        FloatVector a6 = FloatVector.broadcast(SPECIES, 0.16f);
        FloatVector a7 = FloatVector.broadcast(SPECIES, 0.17f);
        FloatVector a8 = FloatVector.broadcast(SPECIES, 0.18f);
        FloatVector a9 = FloatVector.broadcast(SPECIES, 0.19f);
        FloatVector a10 = FloatVector.broadcast(SPECIES, 0.20f);
        FloatVector a11 = FloatVector.broadcast(SPECIES, 0.21f);
        for (int i = 0; i < iterations; i++) {
            a0 = a0.fma(x, y);
            a1 = a1.fma(x, y);
            a2 = a2.fma(x, y);
            a3 = a3.fma(x, y);
            a4 = a4.fma(x, y);
            a5 = a5.fma(x, y);
            a6 = a6.fma(x, y);
            a7 = a7.fma(x, y);
            a8 = a8.fma(x, y);
            a9 = a9.fma(x, y);
            a10 = a10.fma(x, y);
            a11 = a11.fma(x, y);
        }
        FloatVector sum = a0.add(a1).add(a2).add(a3).add(a4).add(a5)
                .add(a6).add(a7).add(a8).add(a9).add(a10).add(a11);
        return sum.reduceLanes(VectorOperators.ADD);
    }
}
