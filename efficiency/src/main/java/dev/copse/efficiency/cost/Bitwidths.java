package dev.copse.efficiency.cost;

/**
 * The operand widths of a multiply-accumulate: weight bits {@code b_w} and activation bits {@code b_a},
 * each in {@code [1, 32]}.
 *
 * <p>Copse's reading of widths: {@code 32/32} is a float32 MAC (the unquantised path); a narrower width is
 * integer arithmetic at that width, as produced by fake quantization (DFS, METHODS.md section 5). The
 * energy table prices them accordingly ({@code dev.copse.efficiency.energy.EnergyTable}).
 *
 * <p>Ordered by weight bits, then activation bits.
 *
 * @param weightBits     bits of the weight operand
 * @param activationBits bits of the activation operand
 */
public record Bitwidths(int weightBits, int activationBits) implements Comparable<Bitwidths> {

    /** Widest supported operand. */
    public static final int MAX_BITS = 32;

    /** A float32 MAC. */
    public static final Bitwidths FP32 = new Bitwidths(32, 32);

    public Bitwidths {
        check(weightBits, activationBits);
    }

    /** The widths {@code (weightBits, activationBits)}. */
    public static Bitwidths of(int weightBits, int activationBits) {
        return weightBits == 32 && activationBits == 32 ? FP32 : new Bitwidths(weightBits, activationBits);
    }

    /** The same width for weights and activations. */
    public static Bitwidths uniform(int bits) {
        return of(bits, bits);
    }

    /** The wider of the two operands. */
    public int maxBits() {
        return Math.max(weightBits, activationBits);
    }

    @Override
    public int compareTo(Bitwidths other) {
        int byWeight = Integer.compare(weightBits, other.weightBits);
        return byWeight != 0 ? byWeight : Integer.compare(activationBits, other.activationBits);
    }

    @Override
    public String toString() {
        return weightBits + "/" + activationBits;
    }

    /** Throws {@link IllegalArgumentException} unless both widths are in {@code [1, 32]}. */
    static void check(int weightBits, int activationBits) {
        if (weightBits < 1 || weightBits > MAX_BITS || activationBits < 1 || activationBits > MAX_BITS) {
            throw new IllegalArgumentException("MAC bitwidths must be in [1, " + MAX_BITS + "], got weight bits "
                    + weightBits + " and activation bits " + activationBits);
        }
    }
}
