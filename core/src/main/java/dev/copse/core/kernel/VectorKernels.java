package dev.copse.core.kernel;

import dev.copse.core.parallel.WorkerPool;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the JDK Vector API (incubator module {@code jdk.incubator.vector}). Loaded only when
 * {@link Kernels} selects it, so a JVM without the module never links this class.
 *
 * <p>Fast versions: GEMM ({@link VectorGemm}, multi-threaded), softmax and log-sum-exp rows, sigmoid,
 * sum, dot, axpy, max, the {@link Elementwise} maps, and the accumulation step of col2im. im2col is
 * inherited: it is copying, which {@link System#arraycopy} already does with SIMD.
 *
 * <p>Accuracy: float lanes are flushed into a double every {@value #FLUSH_VECTORS} vectors, so each float
 * partial sum covers at most {@value #FLUSH_VECTORS} terms (relative error of a sum at most about
 * {@code 64 * 2^-24} of the sum of magnitudes, however long the input). Lanes are added to the double in
 * lane order (dot: lane j and lane j + L/2 paired first, then in order), so results are repeatable.
 * Exponentials use {@link VectorExp}: a few ulp from {@code Math.exp}, and the same bits interpreted or
 * compiled, unlike the Vector API's {@code EXP}. axpy and dot use fused multiply-adds (one rounding where
 * the portable code has two).
 *
 * <p>Thread-safety: stateless apart from per-thread GEMM buffers.
 */
final class VectorKernels extends PortableKernels {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int L = SPECIES.length();
    private static final int FLUSH_VECTORS = 64;
    /** Fewer lanes than this and the GEMM tile (8 rows, up to 3 vectors) stops paying. */
    static final int MIN_LANES = 8;

    private final VectorGemm gemm;
    private final String name;

    private VectorKernels(WorkerPool pool) {
        super(new VectorConvLowering());
        this.gemm = new VectorGemm(pool);
        this.name = "vector (" + SPECIES.vectorBitSize() + "-bit, " + L + " float lanes, "
                + pool.threads() + (pool.threads() == 1 ? " thread)" : " threads)");
    }

    /**
     * Creates the kernels on the given pool.
     *
     * @throws UnsupportedOperationException when the preferred species has fewer than {@value #MIN_LANES}
     *                                       float lanes (no wide SIMD on this CPU)
     */
    static VectorKernels create(WorkerPool pool) {
        if (L < MIN_LANES) {
            throw new UnsupportedOperationException("the CPU's preferred vector holds " + L
                    + " floats; the Vector API kernels need at least " + MIN_LANES + " (256-bit SIMD)");
        }
        return new VectorKernels(pool);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        gemm.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int in = xOffset + r * cols;
            int o = outOffset + r * cols;
            float max = max(cols, x, in);
            float scale = (float) (1.0 / expShifted(cols, x, in, max, out, o));
            FloatVector scaleV = FloatVector.broadcast(SPECIES, scale);
            int j = 0;
            for (int upper = SPECIES.loopBound(cols); j < upper; j += L) {
                FloatVector.fromArray(SPECIES, out, o + j).mul(scaleV).intoArray(out, o + j);
            }
            for (; j < cols; j++) {
                out[o + j] *= scale;
            }
        }
    }

    @Override
    public void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int in = xOffset + r * cols;
            float max = max(cols, x, in);
            if (Float.isInfinite(max) || Float.isNaN(max)) {
                out[outOffset + r] = max;
                continue;
            }
            out[outOffset + r] = (float) (max + Math.log(expShifted(cols, x, in, max, null, 0)));
        }
    }

    /** Sum of {@code exp(x[i] - max)}, also stored to {@code out} when it is not {@code null}. */
    private static double expShifted(int length, float[] x, int offset, float max, float[] out, int outOffset) {
        FloatVector shift = FloatVector.broadcast(SPECIES, max);
        double total = 0;
        int i = 0;
        int upper = SPECIES.loopBound(length);
        while (i < upper) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int end = Math.min(upper, i + FLUSH_VECTORS * L); i < end; i += L) {
                FloatVector e = FloatVector.fromArray(SPECIES, x, offset + i).sub(shift);
                e = VectorExp.exp(e);
                if (out != null) {
                    e.intoArray(out, outOffset + i);
                }
                acc = acc.add(e);
            }
            total += lanesInOrder(acc);
        }
        for (; i < length; i++) {
            float e = (float) Math.exp((double) x[offset + i] - max);
            if (out != null) {
                out[outOffset + i] = e;
            }
            total += e;
        }
        return total;
    }

    @Override
    public void sigmoid(int length, float[] x, int xOffset, float[] out, int outOffset) {
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
            // exp(-|x|) never overflows; sigmoid(x) = 1 / (1 + e) for x >= 0 and e / (1 + e) below.
            FloatVector e = VectorExp.exp(v.abs().neg());
            one.blend(e, v.lt(0f)).div(one.add(e)).intoArray(out, outOffset + i);
        }
        super.sigmoid(length - i, x, xOffset + i, out, outOffset + i);
    }

    @Override
    public double sum(int length, float[] x, int offset) {
        double total = 0;
        int i = 0;
        int upper = SPECIES.loopBound(length);
        while (i < upper) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int end = Math.min(upper, i + FLUSH_VECTORS * L); i < end; i += L) {
                acc = acc.add(FloatVector.fromArray(SPECIES, x, offset + i));
            }
            total += lanesInOrder(acc);
        }
        return total + super.sum(length - i, x, offset + i);
    }

    @Override
    public double dot(int length, float[] x, int xOffset, float[] y, int yOffset) {
        double total = 0;
        int i = 0;
        int upper = SPECIES.loopBound(length);
        while (i < upper) {
            // Four independent accumulators hide the latency of the fused multiply-add.
            FloatVector acc0 = FloatVector.zero(SPECIES);
            FloatVector acc1 = FloatVector.zero(SPECIES);
            FloatVector acc2 = FloatVector.zero(SPECIES);
            FloatVector acc3 = FloatVector.zero(SPECIES);
            int end = Math.min(upper, i + FLUSH_VECTORS * L);
            for (; i + 4 * L <= end; i += 4 * L) {
                acc0 = FloatVector.fromArray(SPECIES, x, xOffset + i)
                        .fma(FloatVector.fromArray(SPECIES, y, yOffset + i), acc0);
                acc1 = FloatVector.fromArray(SPECIES, x, xOffset + i + L)
                        .fma(FloatVector.fromArray(SPECIES, y, yOffset + i + L), acc1);
                acc2 = FloatVector.fromArray(SPECIES, x, xOffset + i + 2 * L)
                        .fma(FloatVector.fromArray(SPECIES, y, yOffset + i + 2 * L), acc2);
                acc3 = FloatVector.fromArray(SPECIES, x, xOffset + i + 3 * L)
                        .fma(FloatVector.fromArray(SPECIES, y, yOffset + i + 3 * L), acc3);
            }
            for (; i < end; i += L) {
                acc0 = FloatVector.fromArray(SPECIES, x, xOffset + i)
                        .fma(FloatVector.fromArray(SPECIES, y, yOffset + i), acc0);
            }
            total += pairedLanesInOrder(acc0.add(acc1).add(acc2.add(acc3)));
        }
        return total + super.dot(length - i, x, xOffset + i, y, yOffset + i);
    }

    @Override
    public void axpy(int length, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        FloatVector a = FloatVector.broadcast(SPECIES, alpha);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector.fromArray(SPECIES, x, xOffset + i)
                    .fma(a, FloatVector.fromArray(SPECIES, y, yOffset + i))
                    .intoArray(y, yOffset + i);
        }
        for (; i < length; i++) {
            y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
        }
    }

    @Override
    public float max(int length, float[] x, int offset) {
        if (length < L) {
            return super.max(length, x, offset);
        }
        FloatVector acc = FloatVector.fromArray(SPECIES, x, offset);
        int i = L;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            acc = acc.lanewise(VectorOperators.MAX, FloatVector.fromArray(SPECIES, x, offset + i));
        }
        float max = acc.reduceLanes(VectorOperators.MAX);
        for (; i < length; i++) {
            max = Math.max(max, x[offset + i]);
        }
        return max;
    }

    @Override
    public void affine(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        FloatVector va = FloatVector.broadcast(SPECIES, a);
        FloatVector vb = FloatVector.broadcast(SPECIES, b);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector.fromArray(SPECIES, x, xOffset + i).fma(va, vb).intoArray(y, yOffset + i);
        }
        super.affine(length - i, a, x, xOffset + i, b, y, yOffset + i);
    }

    @Override
    public void affineRelu(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        FloatVector va = FloatVector.broadcast(SPECIES, a);
        FloatVector vb = FloatVector.broadcast(SPECIES, b);
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector.fromArray(SPECIES, x, xOffset + i).fma(va, vb).max(zero).intoArray(y, yOffset + i);
        }
        super.affineRelu(length - i, a, x, xOffset + i, b, y, yOffset + i);
    }

    @Override
    public void reluBackward(int length, float[] dy, int dyOffset, float[] y, int yOffset, float[] g, int gOffset) {
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector out = FloatVector.fromArray(SPECIES, y, yOffset + i);
            FloatVector.fromArray(SPECIES, dy, dyOffset + i)
                    .blend(zero, out.compare(VectorOperators.LE, zero).or(out.test(VectorOperators.IS_NAN)))
                    .intoArray(g, gOffset + i);
        }
        super.reluBackward(length - i, dy, dyOffset + i, y, yOffset + i, g, gOffset + i);
    }

    @Override
    public void combine(int length, float a, float[] g, int gOffset, float b, float[] x, int xOffset, float c,
                        float[] out, int outOffset) {
        FloatVector va = FloatVector.broadcast(SPECIES, a);
        FloatVector vb = FloatVector.broadcast(SPECIES, b);
        FloatVector vc = FloatVector.broadcast(SPECIES, c);
        int i = 0;
        for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
            FloatVector inner = FloatVector.fromArray(SPECIES, x, xOffset + i).fma(vb, vc);
            FloatVector.fromArray(SPECIES, g, gOffset + i).fma(va, inner).intoArray(out, outOffset + i);
        }
        super.combine(length - i, a, g, gOffset + i, b, x, xOffset + i, c, out, outOffset + i);
    }

    /** The lanes of {@code v} added in lane order, in double: a repeatable order, unlike reduceLanes. */
    /**
     * The lanes of {@code v} as doubles, lane j added to lane j + L/2 first and those L/2 sums added in
     * order: half the serial additions of {@link #lanesInOrder}, the same result every time.
     */
    private static double pairedLanesInOrder(FloatVector v) {
        DoubleVector low = (DoubleVector) v.convert(VectorOperators.F2D, 0);
        DoubleVector high = (DoubleVector) v.convert(VectorOperators.F2D, 1);
        DoubleVector pairs = low.add(high);
        double total = 0;
        for (int lane = 0; lane < pairs.length(); lane++) {
            total += pairs.lane(lane);
        }
        return total;
    }

    private static double lanesInOrder(FloatVector v) {
        double total = 0;
        for (int lane = 0; lane < L; lane++) {
            total += v.lane(lane);
        }
        return total;
    }

    /** col2im with the accumulation of contiguous stretches done on vectors. */
    private static final class VectorConvLowering extends ConvLowering {
        @Override
        void accumulate(float[] src, int srcOffset, float[] dst, int dstOffset, int length) {
            int i = 0;
            for (int upper = SPECIES.loopBound(length); i < upper; i += L) {
                FloatVector.fromArray(SPECIES, dst, dstOffset + i)
                        .add(FloatVector.fromArray(SPECIES, src, srcOffset + i))
                        .intoArray(dst, dstOffset + i);
            }
            super.accumulate(src, srcOffset + i, dst, dstOffset + i, length - i);
        }
    }
}
