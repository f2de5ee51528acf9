package dev.copse.forest.soft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one dot product of per-sample routing ({@code w_i . x} of a single visited node). Hard and pruned-soft
 * inference call it only for the nodes they visit, which is what makes them cheaper than soft inference;
 * batched soft inference uses {@code Gemm} instead. It uses the JDK Vector API (the module
 * {@code jdk.incubator.vector}, which Copse's build adds everywhere) with four vector accumulators and a
 * scalar tail.
 *
 * <p>This kernel belongs next to {@code core.kernel.Gemm} behind core's SIMD provider (with its portable
 * fallback); it lives here only until core offers a dot product, and should then delegate to it.
 * Deterministic: the same inputs give the same bits on the same processor.
 */
final class SplitDot {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private SplitDot() {
    }

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        // Four independent accumulators cover the latency of a fused multiply-add.
        FloatVector acc0 = FloatVector.zero(SPECIES);
        FloatVector acc1 = FloatVector.zero(SPECIES);
        FloatVector acc2 = FloatVector.zero(SPECIES);
        FloatVector acc3 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i + 4 * LANES <= n; i += 4 * LANES) {
            acc0 = load(a, aOffset + i).fma(load(b, bOffset + i), acc0);
            acc1 = load(a, aOffset + i + LANES).fma(load(b, bOffset + i + LANES), acc1);
            acc2 = load(a, aOffset + i + 2 * LANES).fma(load(b, bOffset + i + 2 * LANES), acc2);
            acc3 = load(a, aOffset + i + 3 * LANES).fma(load(b, bOffset + i + 3 * LANES), acc3);
        }
        for (; i + LANES <= n; i += LANES) {
            acc0 = load(a, aOffset + i).fma(load(b, bOffset + i), acc0);
        }
        float sum = acc0.add(acc1).add(acc2.add(acc3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            sum += a[aOffset + i] * b[bOffset + i];
        }
        return sum;
    }

    private static FloatVector load(float[] array, int offset) {
        return FloatVector.fromArray(SPECIES, array, offset);
    }
}
