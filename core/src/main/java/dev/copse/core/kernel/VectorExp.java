package dev.copse.core.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code exp} on float vectors from additions, multiplications and fused multiply-adds only, so the result is
 * the same bits whether the code runs interpreted or compiled. The Vector API's own {@code EXP} is not: its
 * interpreted fallback and its compiled intrinsic may differ in the last bit, which made two same-seed
 * trainings in one JVM disagree.
 *
 * <p>Method: {@code exp(x) = 2^k * exp(r)} with {@code k = round(x / ln 2)} and {@code r = x - k ln 2}
 * (ln 2 split into a high and a low part, so {@code r} is exact to float precision), {@code |r| <= ln 2 / 2};
 * {@code exp(r)} by its Taylor polynomial of degree 7 (truncation error below {@code 5e-9}); {@code 2^k} built
 * from exponent bits, in two halves so that subnormal results are rounded once. Within a few units in
 * the last place of {@code Math.exp} for normal results; inputs below -103.9 (where even the smallest
 * subnormal float is too large) give 0, above 88 give {@code exp(88)}; NaN stays NaN.
 *
 * <p>Stateless and thread-safe.
 */
final class VectorExp {

    private static final float LOG2_E = 1.442_695_04f;
    private static final float LN2_HIGH = 0.693_145_75f;
    private static final float LN2_LOW = 1.428_606_8e-6f;
    /** 1.5 * 2^23: adding and subtracting it rounds a float of magnitude below 2^22 to the nearest integer. */
    private static final float ROUNDER = 12_582_912f;
    private static final float LOWEST = -103.9f;
    private static final float HIGHEST = 88f;

    private VectorExp() {
    }

    static FloatVector exp(FloatVector x) {
        FloatVector clamped = x.max(LOWEST).min(HIGHEST);
        FloatVector k = clamped.fma(LOG2_E, ROUNDER).sub(ROUNDER);
        FloatVector r = k.fma(x.broadcast(-LN2_HIGH), clamped);
        r = k.fma(x.broadcast(-LN2_LOW), r);
        FloatVector p = r.fma(x.broadcast(1f / 5040), x.broadcast(1f / 720));
        p = p.fma(r, x.broadcast(1f / 120));
        p = p.fma(r, x.broadcast(1f / 24));
        p = p.fma(r, x.broadcast(1f / 6));
        p = p.fma(r, x.broadcast(0.5f));
        p = p.fma(r, x.broadcast(1f));
        p = p.fma(r, x.broadcast(1f));
        // 2^k as two powers of two, each a normal float, so results down to the subnormals round only once.
        IntVector kInt = k.convert(VectorOperators.F2I, 0).reinterpretAsInts();
        IntVector half = kInt.lanewise(VectorOperators.ASHR, 1);
        return p.mul(powerOfTwo(half)).mul(powerOfTwo(kInt.sub(half))).blend(0f, x.lt(LOWEST));
    }

    /** {@code 2^e} for {@code -126 <= e <= 127}, from its exponent bits. */
    private static FloatVector powerOfTwo(IntVector e) {
        return e.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
    }
}
