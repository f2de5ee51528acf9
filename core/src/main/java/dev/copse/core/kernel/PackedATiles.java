package dev.copse.core.kernel;

import static dev.copse.core.kernel.VectorTiles.L;
import static dev.copse.core.kernel.VectorTiles.MR;
import static dev.copse.core.kernel.VectorTiles.SPECIES;

import jdk.incubator.vector.FloatVector;

/**
 * GEMM micro-kernels (see {@link VectorTiles}) reading a strip of {@code A} packed as
 * {@code a[p * MR + r]}: the eight values each step needs are adjacent. Used when {@code A} is transposed,
 * where this is the order of stored A.
 */
final class PackedATiles {

    private PackedATiles() {
    }

    /**
     * Accumulates {@code strip * panel} for a tile {@code nv} vectors wide, {@code 1 <= nv <= 3}, into
     * {@code t} (row {@code r} at {@code r * nv * L}).
     */
    static void compute(int nv, int kc, float[] strip, float[] b, int bOffset, float[] t) {
        switch (nv) {
            case 3 -> tile3(kc, strip, b, bOffset, t);
            case 2 -> tile2(kc, strip, b, bOffset, t);
            case 1 -> tile1(kc, strip, b, bOffset, t);
            default -> throw new IllegalArgumentException("tile width must be 1 to 3 vectors, got " + nv);
        }
    }

    private static void tile3(int kc, float[] a, float[] b, int bOffset, float[] t) {
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector c00 = zero;
        FloatVector c01 = zero;
        FloatVector c02 = zero;
        FloatVector c10 = zero;
        FloatVector c11 = zero;
        FloatVector c12 = zero;
        FloatVector c20 = zero;
        FloatVector c21 = zero;
        FloatVector c22 = zero;
        FloatVector c30 = zero;
        FloatVector c31 = zero;
        FloatVector c32 = zero;
        FloatVector c40 = zero;
        FloatVector c41 = zero;
        FloatVector c42 = zero;
        FloatVector c50 = zero;
        FloatVector c51 = zero;
        FloatVector c52 = zero;
        FloatVector c60 = zero;
        FloatVector c61 = zero;
        FloatVector c62 = zero;
        FloatVector c70 = zero;
        FloatVector c71 = zero;
        FloatVector c72 = zero;
        for (int p = 0; p < kc; p++) {
            int bi = bOffset + p * 3 * L;
            int ai = p * MR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bi + L);
            FloatVector b2 = FloatVector.fromArray(SPECIES, b, bi + 2 * L);
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            x = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            x = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            x = FloatVector.broadcast(SPECIES, a[ai + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            c62 = x.fma(b2, c62);
            x = FloatVector.broadcast(SPECIES, a[ai + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
            c72 = x.fma(b2, c72);
        }
        c00.intoArray(t, 0);
        c01.intoArray(t, L);
        c02.intoArray(t, 2 * L);
        c10.intoArray(t, 3 * L);
        c11.intoArray(t, 4 * L);
        c12.intoArray(t, 5 * L);
        c20.intoArray(t, 6 * L);
        c21.intoArray(t, 7 * L);
        c22.intoArray(t, 8 * L);
        c30.intoArray(t, 9 * L);
        c31.intoArray(t, 10 * L);
        c32.intoArray(t, 11 * L);
        c40.intoArray(t, 12 * L);
        c41.intoArray(t, 13 * L);
        c42.intoArray(t, 14 * L);
        c50.intoArray(t, 15 * L);
        c51.intoArray(t, 16 * L);
        c52.intoArray(t, 17 * L);
        c60.intoArray(t, 18 * L);
        c61.intoArray(t, 19 * L);
        c62.intoArray(t, 20 * L);
        c70.intoArray(t, 21 * L);
        c71.intoArray(t, 22 * L);
        c72.intoArray(t, 23 * L);
    }

    private static void tile2(int kc, float[] a, float[] b, int bOffset, float[] t) {
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector c00 = zero;
        FloatVector c01 = zero;
        FloatVector c10 = zero;
        FloatVector c11 = zero;
        FloatVector c20 = zero;
        FloatVector c21 = zero;
        FloatVector c30 = zero;
        FloatVector c31 = zero;
        FloatVector c40 = zero;
        FloatVector c41 = zero;
        FloatVector c50 = zero;
        FloatVector c51 = zero;
        FloatVector c60 = zero;
        FloatVector c61 = zero;
        FloatVector c70 = zero;
        FloatVector c71 = zero;
        for (int p = 0; p < kc; p++) {
            int bi = bOffset + p * 2 * L;
            int ai = p * MR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector b1 = FloatVector.fromArray(SPECIES, b, bi + L);
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(SPECIES, a[ai + 6]);
            c60 = x.fma(b0, c60);
            c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(SPECIES, a[ai + 7]);
            c70 = x.fma(b0, c70);
            c71 = x.fma(b1, c71);
        }
        c00.intoArray(t, 0);
        c01.intoArray(t, L);
        c10.intoArray(t, 2 * L);
        c11.intoArray(t, 3 * L);
        c20.intoArray(t, 4 * L);
        c21.intoArray(t, 5 * L);
        c30.intoArray(t, 6 * L);
        c31.intoArray(t, 7 * L);
        c40.intoArray(t, 8 * L);
        c41.intoArray(t, 9 * L);
        c50.intoArray(t, 10 * L);
        c51.intoArray(t, 11 * L);
        c60.intoArray(t, 12 * L);
        c61.intoArray(t, 13 * L);
        c70.intoArray(t, 14 * L);
        c71.intoArray(t, 15 * L);
    }

    private static void tile1(int kc, float[] a, float[] b, int bOffset, float[] t) {
        FloatVector zero = FloatVector.zero(SPECIES);
        FloatVector c00 = zero;
        FloatVector c10 = zero;
        FloatVector c20 = zero;
        FloatVector c30 = zero;
        FloatVector c40 = zero;
        FloatVector c50 = zero;
        FloatVector c60 = zero;
        FloatVector c70 = zero;
        for (int p = 0; p < kc; p++) {
            int bi = bOffset + p * L;
            int ai = p * MR;
            FloatVector b0 = FloatVector.fromArray(SPECIES, b, bi);
            FloatVector x = FloatVector.broadcast(SPECIES, a[ai]);
            c00 = x.fma(b0, c00);
            x = FloatVector.broadcast(SPECIES, a[ai + 1]);
            c10 = x.fma(b0, c10);
            x = FloatVector.broadcast(SPECIES, a[ai + 2]);
            c20 = x.fma(b0, c20);
            x = FloatVector.broadcast(SPECIES, a[ai + 3]);
            c30 = x.fma(b0, c30);
            x = FloatVector.broadcast(SPECIES, a[ai + 4]);
            c40 = x.fma(b0, c40);
            x = FloatVector.broadcast(SPECIES, a[ai + 5]);
            c50 = x.fma(b0, c50);
            x = FloatVector.broadcast(SPECIES, a[ai + 6]);
            c60 = x.fma(b0, c60);
            x = FloatVector.broadcast(SPECIES, a[ai + 7]);
            c70 = x.fma(b0, c70);
        }
        c00.intoArray(t, 0);
        c10.intoArray(t, L);
        c20.intoArray(t, 2 * L);
        c30.intoArray(t, 3 * L);
        c40.intoArray(t, 4 * L);
        c50.intoArray(t, 5 * L);
        c60.intoArray(t, 6 * L);
        c70.intoArray(t, 7 * L);
    }
}
