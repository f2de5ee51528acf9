package dev.copse.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The shape shared by the GEMM micro-kernels ({@link PackedATiles}, {@link RowStripTiles}) and the
 * write-back of a finished tile to {@code C}.
 *
 * <p>A tile is {@value #MR} rows of {@code C} by one to {@value #MAX_VECTORS} vectors of columns. A
 * kernel keeps the tile's accumulators in registers across the whole {@code k} loop (at 16 lanes the
 * 8 x 48 tile uses 24 of the 32 vector registers; measured on this project's machine, fewer independent
 * accumulators leave the FMA units waiting on their own latency), reads {@code B} from a packed panel
 * whose row {@code p} holds {@code nv * L} floats at {@code bOffset + p * nv * L} (zero beyond the last
 * real column), and finally spills the accumulators, row {@code r} at {@code r * nv * L} of a scratch
 * array, for {@link #writeBack}.
 *
 * <p>Every element's accumulator is one chain of fused multiply-adds in increasing {@code p} order,
 * whichever kernel computes it, so results do not depend on how the caller cuts the output into tiles.
 */
final class VectorTiles {

    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Float lanes per vector. */
    static final int L = SPECIES.length();
    /** Rows of a tile. */
    static final int MR = 8;
    /** Widest tile, in vectors. */
    static final int MAX_VECTORS = 3;
    /** A vector of exactly {@value #MR} floats: one step of a packed A strip. */
    static final VectorSpecies<Float> STRIP_SPECIES =
            VectorSpecies.of(float.class, VectorShape.forBitSize(MR * Float.SIZE));

    private VectorTiles() {
    }

    /**
     * Writes {@code C = alpha * acc + beta * C} for the first {@code rows x cols} of a tile spilled to
     * {@code t} with row stride {@code width}; {@code beta == 0} writes without reading {@code C}.
     *
     * <p>The accumulators pass through memory rather than as arguments because HotSpot allocates a box
     * for each vector passed to a method it does not inline, and the kernels are too large for it to
     * inline a store helper at every call site.
     */
    static void writeBack(float[] t, int width, float[] c, int cOffset, int ldc, int rows, int cols,
                          float alpha, float beta) {
        FloatVector alphaV = FloatVector.broadcast(SPECIES, alpha);
        FloatVector betaV = FloatVector.broadcast(SPECIES, beta);
        for (int r = 0; r < rows; r++) {
            int row = cOffset + r * ldc;
            for (int v = 0; v < cols; v += L) {
                FloatVector result = FloatVector.fromArray(SPECIES, t, r * width + v).mul(alphaV);
                if (v + L <= cols) {
                    if (beta != 0f) {
                        result = FloatVector.fromArray(SPECIES, c, row + v).fma(betaV, result);
                    }
                    result.intoArray(c, row + v);
                } else {
                    VectorMask<Float> mask = SPECIES.indexInRange(v, cols);
                    if (beta != 0f) {
                        result = FloatVector.fromArray(SPECIES, c, row + v, mask).fma(betaV, result);
                    }
                    result.intoArray(c, row + v, mask);
                }
            }
        }
    }
}
