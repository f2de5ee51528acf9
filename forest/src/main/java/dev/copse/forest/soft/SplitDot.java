package dev.copse.forest.soft;

/**
 * The one dot product of per-sample routing ({@code w_i . x} of a single visited node). Hard and pruned-soft
 * inference call it only for the nodes they visit, which is what makes them cheaper than soft inference;
 * batched soft inference uses {@code Gemm} instead. Eight independent accumulators let the processor overlap
 * the multiply-adds; a SIMD dot product from {@code core.kernel}, once one exists, belongs here.
 */
final class SplitDot {

    private SplitDot() {
    }

    static float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
        float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f, s4 = 0f, s5 = 0f, s6 = 0f, s7 = 0f;
        int i = 0;
        for (; i + 7 < n; i += 8) {
            int p = aOffset + i;
            int q = bOffset + i;
            s0 += a[p] * b[q];
            s1 += a[p + 1] * b[q + 1];
            s2 += a[p + 2] * b[q + 2];
            s3 += a[p + 3] * b[q + 3];
            s4 += a[p + 4] * b[q + 4];
            s5 += a[p + 5] * b[q + 5];
            s6 += a[p + 6] * b[q + 6];
            s7 += a[p + 7] * b[q + 7];
        }
        for (; i < n; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
