package dev.copse.efficiency.cost;

import java.util.Map;

/**
 * Every counting rule of Copse in one place (METHODS.md section 3). Models call these helpers instead of
 * writing their own arithmetic, so a forest and a CNN are counted the same way. Energy rules live with the
 * prices, in {@code dev.copse.efficiency.energy.EnergyTable}; layer MAC formulas in {@link LayerMacs}.
 *
 * <ol>
 *   <li><b>FLOPs</b> = MACs × {@link FlopConvention#flopsPerMac()} + other FLOPs. Comparisons and
 *       nonlinear evaluations are not FLOPs; they are reported as their own units. Default convention:
 *       {@link #DEFAULT_FLOP_CONVENTION} (one FLOP per MAC; see {@link FlopConvention} for why).</li>
 *   <li><b>BitOPs</b> = Σ MACs × b_w × b_a over all operand widths (METHODS.md; as in the DFS paper, only
 *       multiply-accumulates are weighted by bits).</li>
 *   <li><b>Relative cost</b> of a block run at b bits (weights and activations both b bits) is
 *       (b/32)², the BitOPs ratio to the same block at 32/32 (DFS, Shen et al., AAAI 2020); skip
 *       (b = 0) costs 0.</li>
 *   <li><b>Trees</b> (METHODS.md section 1): a soft inner node costs d MACs and one sigmoid; a hard
 *       axis-aligned node costs one comparison; a leaf mixture costs C MACs. All tree arithmetic is
 *       float32. <b>(Copse)</b> A hard oblique node (a soft-trained node followed along its argmax
 *       branch) costs d MACs and one comparison (the sign test of w·x + b).</li>
 *   <li><b>Bytes</b> of n values stored at b bits are ⌈n·b/8⌉ (packed storage), for parameters and
 *       activations alike.</li>
 * </ol>
 *
 * <p>Stateless; all methods are thread-safe. Methods that add to a {@link CostLedger} inherit its
 * single-thread contract.
 */
public final class CostConventions {

    /** The FLOP convention Copse uses unless told otherwise: {@link FlopConvention#MAC_IS_ONE_FLOP}. */
    public static final FlopConvention DEFAULT_FLOP_CONVENTION = FlopConvention.MAC_IS_ONE_FLOP;

    private CostConventions() {
    }

    /** FLOPs of {@code cost}: MACs × flops per MAC + other FLOPs. Throws {@link ArithmeticException} on overflow. */
    public static long flops(Cost cost, FlopConvention convention) {
        return Math.addExact(Math.multiplyExact(cost.totalMacs(), convention.flopsPerMac()), cost.otherFlops());
    }

    /** BitOPs of {@code cost}: Σ MACs × b_w × b_a. Throws {@link ArithmeticException} on overflow. */
    public static long bitOps(Cost cost) {
        long total = 0;
        for (Map.Entry<Bitwidths, Long> e : cost.macs().entrySet()) {
            long perMac = (long) e.getKey().weightBits() * e.getKey().activationBits();
            total = Math.addExact(total, Math.multiplyExact(e.getValue(), perMac));
        }
        return total;
    }

    /**
     * Cost of a block run at {@code bits} relative to the same block at full precision: (b/32)² for b in
     * {@code [1, 32]}, and 0 for b = 0, which means the block is skipped. For example 8 bits cost 1/16.
     */
    public static double relativeBlockCost(int bits) {
        if (bits < 0 || bits > Bitwidths.MAX_BITS) {
            throw new IllegalArgumentException("block bitwidth must be 0 (skip) or in [1, 32], got " + bits);
        }
        double fraction = bits / (double) Bitwidths.MAX_BITS;
        return fraction * fraction;
    }

    /** Counts one soft inner node over {@code features} inputs: d float32 MACs and one sigmoid. */
    public static void softInnerNode(CostLedger ledger, int features) {
        ledger.addMacs(requirePositive("features", features), Bitwidths.FP32);
        ledger.addNonlinear(1);
    }

    /** Counts one hard axis-aligned node (feature versus threshold): one comparison. */
    public static void hardAxisAlignedNode(CostLedger ledger) {
        ledger.addComparisons(1);
    }

    /** Counts one hard oblique node over {@code features} inputs: d float32 MACs and one comparison (Copse). */
    public static void hardObliqueNode(CostLedger ledger, int features) {
        ledger.addMacs(requirePositive("features", features), Bitwidths.FP32);
        ledger.addComparisons(1);
    }

    /** Counts one leaf's contribution to a mixture over {@code classes} classes: C float32 MACs. */
    public static void leafMixture(CostLedger ledger, int classes) {
        ledger.addMacs(requirePositive("classes", classes), Bitwidths.FP32);
    }

    /** Bytes of {@code values} values stored at {@code bits} bits each, packed: ⌈values·bits/8⌉. */
    public static long packedBytes(long values, int bits) {
        if (values < 0 || bits < 1 || bits > 64) {
            throw new IllegalArgumentException("need values >= 0 and bits in [1, 64], got " + values + " values of "
                    + bits + " bits");
        }
        return Math.ceilDiv(Math.multiplyExact(values, bits), 8L);
    }

    private static int requirePositive(String what, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, got " + n);
        }
        return n;
    }
}
