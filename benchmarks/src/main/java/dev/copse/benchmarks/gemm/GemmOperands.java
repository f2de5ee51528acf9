package dev.copse.benchmarks.gemm;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;

/**
 * The arrays of one {@link GemmShape}, filled with seeded uniform values in [-1, 1) (no zeros to skip,
 * no subnormals to slow anything down), plus EJML matrices that share the same storage.
 *
 * <p>Mutable: every product overwrites {@link #c()}. Not thread-safe; give each thread its own instance.
 * Allocation is {@code 4 (mk + kn + mn)} bytes.
 */
public final class GemmOperands {

    private final GemmShape shape;
    private final FMatrixRMaj a;
    private final FMatrixRMaj b;
    private final FMatrixRMaj c;

    private GemmOperands(GemmShape shape, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        this.shape = shape;
        this.a = a;
        this.b = b;
        this.c = c;
    }

    /** Fresh operands for {@code shape}; the same seed gives the same values. */
    public static GemmOperands random(GemmShape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FMatrixRMaj a = new FMatrixRMaj(shape.storedRowsA(), shape.storedColumnsA());
        FMatrixRMaj b = new FMatrixRMaj(shape.storedRowsB(), shape.storedColumnsB());
        fill(a.data, random);
        fill(b.data, random);
        return new GemmOperands(shape, a, b, new FMatrixRMaj(shape.m(), shape.n()));
    }

    private static void fill(float[] values, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
    }

    public GemmShape shape() {
        return shape;
    }

    /** A as stored ({@link GemmShape#storedRowsA()} x {@link GemmShape#storedColumnsA()}). */
    public FMatrixRMaj a() {
        return a;
    }

    /** B as stored ({@link GemmShape#storedRowsB()} x {@link GemmShape#storedColumnsB()}). */
    public FMatrixRMaj b() {
        return b;
    }

    /** The product, {@code m x n}. */
    public FMatrixRMaj c() {
        return c;
    }

    /**
     * The largest error of the first {@code rows} rows of {@link #c()} against a double-precision product,
     * each divided by {@code sum_p |a_ip b_pj|} so that it measures rounding, not magnitude. A correct
     * float GEMM stays far below {@code 1e-4}; a wrong kernel lands near 1.
     */
    public double relativeErrorOfFirstRows(int rows) {
        if (rows < 1 || rows > shape.m()) {
            throw new IllegalArgumentException("rows must be in [1, " + shape.m() + "], got " + rows);
        }
        double worst = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < shape.n(); j++) {
                double sum = 0;
                double magnitude = 0;
                for (int p = 0; p < shape.k(); p++) {
                    double term = (double) elementA(i, p) * elementB(p, j);
                    sum += term;
                    magnitude += Math.abs(term);
                }
                double error = Math.abs(c.data[i * shape.n() + j] - sum) / Math.max(magnitude, Double.MIN_NORMAL);
                worst = Math.max(worst, error);
            }
        }
        return worst;
    }

    private float elementA(int i, int p) {
        return shape.transposedA() ? a.data[p * shape.m() + i] : a.data[i * shape.k() + p];
    }

    private float elementB(int p, int j) {
        return shape.transposedB() ? b.data[j * shape.k() + p] : b.data[p * shape.n() + j];
    }
}
