package dev.copse.efficiency.energy;

import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import java.util.Map;

/**
 * Picojoules per primitive operation, and the rules by which a {@link Cost} is priced with them.
 *
 * <p>The default, {@link #HOROWITZ_45NM}, labelled {@value #HOROWITZ_45NM_LABEL}, holds the 45 nm figures of
 * M. Horowitz, "Computing's energy problem (and what we can do about it)", ISSCC 2014, pp. 10-14: float32
 * multiply 3.7 pJ, add 0.9 pJ; int32 multiply 3.1 pJ, add 0.1 pJ; int8 multiply 0.2 pJ, add 0.03 pJ;
 * a 32-bit read from an 8 KB SRAM 5 pJ; DRAM 640 pJ per 32 bits. Results priced with any table carry its
 * label; treat them as estimates, not measurements.
 *
 * <h2>Pricing rules (Copse's choices)</h2>
 * <ul>
 *   <li><b>A MAC</b> at widths (b_w, b_a) is one multiply plus one add at the width b = max(b_w, b_a):
 *     <ul>
 *       <li>b = 32: the float32 row (Copse reads 32-bit operands as the unquantised float path, see
 *           {@link Bitwidths});</li>
 *       <li>b ≤ 8: the int8 row (narrower arithmetic is assumed to run on 8-bit units, so it is not
 *           extrapolated below them);</li>
 *       <li>8 &lt; b &lt; 32: integer arithmetic between the int8 and int32 rows, the multiply
 *           interpolated in b² and the add in b: mult(b) = m8 + (m32 − m8)·(b² − 64)/(1024 − 64),
 *           add(b) = a8 + (a32 − a8)·(b − 8)/24. An array multiplier's area and energy grow with the
 *           square of its width and a ripple adder's with its width; Horowitz's own figures agree
 *           (int32/int8 multiply 15.5× ≈ 4², add 3.3× ≈ 4).</li>
 *     </ul>
 *     Hence a float32 MAC costs 3.7 + 0.9 = 4.6 pJ, an 8-bit MAC 0.23 pJ and a 16-bit MAC
 *     0.2 + 2.9·0.2 + 0.03 + 0.07/3 ≈ 0.833 pJ with the default table.</li>
 *   <li><b>An other FLOP</b> costs a float32 multiply (the dearer float32 operation: an upper bound, since
 *       the count mixes adds, multiplies and the odd division).</li>
 *   <li><b>A comparison</b> costs an int32 add: a float comparison is a sign-magnitude integer comparison
 *       of the bit patterns, i.e. a subtraction.</li>
 *   <li><b>A nonlinear evaluation</b> (sigmoid, exp, tanh) costs {@value #NONLINEAR_AS_FP32_MACS} float32
 *       MACs: range reduction plus a polynomial in Horner form, about ten multiply-adds in a float32
 *       {@code exp}, and the sigmoid's extra add and division fall within that allowance.</li>
 *   <li><b>Parameter bytes</b> are read from DRAM (640 pJ per 32 bits = 160 pJ per byte): the weights of
 *       a model are assumed not to stay on chip between inputs, which is pessimistic for models small
 *       enough to stay cached.</li>
 *   <li><b>Activation bytes</b> are moved through SRAM (5 pJ per 32 bits = 1.25 pJ per byte).</li>
 * </ul>
 *
 * @param label          a short name shown next to every figure priced with this table
 * @param fp32MultPj     float32 multiply
 * @param fp32AddPj      float32 add
 * @param int32MultPj    int32 multiply
 * @param int32AddPj     int32 add
 * @param int8MultPj     int8 multiply
 * @param int8AddPj      int8 add
 * @param sramRead32Pj   one 32-bit read from a small (8 KB) SRAM
 * @param dramAccess32Pj one 32-bit DRAM access
 */
public record EnergyTable(String label, double fp32MultPj, double fp32AddPj, double int32MultPj,
                          double int32AddPj, double int8MultPj, double int8AddPj, double sramRead32Pj,
                          double dramAccess32Pj) {

    /** The label of the default table. */
    public static final String HOROWITZ_45NM_LABEL = "45 nm estimate";

    /** Horowitz's 45 nm figures (ISSCC 2014). */
    public static final EnergyTable HOROWITZ_45NM =
            new EnergyTable(HOROWITZ_45NM_LABEL, 3.7, 0.9, 3.1, 0.1, 0.2, 0.03, 5, 640);

    /** A nonlinear evaluation is priced as this many float32 MACs. */
    public static final int NONLINEAR_AS_FP32_MACS = 10;

    private static final int LABEL_MAX_LENGTH = 100;

    public EnergyTable {
        requireLabel(label);
        requireEnergy("fp32 multiply", fp32MultPj);
        requireEnergy("fp32 add", fp32AddPj);
        requireEnergy("int32 multiply", int32MultPj);
        requireEnergy("int32 add", int32AddPj);
        requireEnergy("int8 multiply", int8MultPj);
        requireEnergy("int8 add", int8AddPj);
        requireEnergy("SRAM read", sramRead32Pj);
        requireEnergy("DRAM access", dramAccess32Pj);
    }

    /** Picojoules of one MAC at {@code bits}, by the rule in the class comment. */
    public double macPj(Bitwidths bits) {
        int b = bits.maxBits();
        if (b == Bitwidths.MAX_BITS) {
            return fp32MultPj + fp32AddPj;
        }
        if (b <= 8) {
            return int8MultPj + int8AddPj;
        }
        double multFraction = (b * b - 64) / (1024.0 - 64);
        double addFraction = (b - 8) / 24.0;
        return int8MultPj + (int32MultPj - int8MultPj) * multFraction
                + int8AddPj + (int32AddPj - int8AddPj) * addFraction;
    }

    /** Picojoules of one other FLOP: a float32 multiply. */
    public double otherFlopPj() {
        return fp32MultPj;
    }

    /** Picojoules of one comparison: an int32 add. */
    public double comparisonPj() {
        return int32AddPj;
    }

    /** Picojoules of one nonlinear evaluation: {@value #NONLINEAR_AS_FP32_MACS} float32 MACs. */
    public double nonlinearPj() {
        return NONLINEAR_AS_FP32_MACS * macPj(Bitwidths.FP32);
    }

    /** Picojoules per parameter byte read: a quarter of a 32-bit DRAM access. */
    public double parameterBytePj() {
        return dramAccess32Pj / 4;
    }

    /** Picojoules per activation byte moved: a quarter of a 32-bit SRAM read. */
    public double activationBytePj() {
        return sramRead32Pj / 4;
    }

    /** The energy of {@code cost}, split into arithmetic and memory. */
    public EnergyEstimate estimate(Cost cost) {
        double arithmetic = 0;
        for (Map.Entry<Bitwidths, Long> e : cost.macs().entrySet()) {
            arithmetic += e.getValue() * macPj(e.getKey());
        }
        arithmetic += cost.otherFlops() * otherFlopPj()
                + cost.comparisons() * comparisonPj()
                + cost.nonlinear() * nonlinearPj();
        double memory = cost.parameterBytesRead() * parameterBytePj()
                + cost.activationBytesMoved() * activationBytePj();
        return new EnergyEstimate(label, arithmetic, memory);
    }

    /** Throws {@link IllegalArgumentException} unless {@code label} is 1 to 100 chars of one line, stripped. */
    static void requireLabel(String label) {
        if (label == null || label.isBlank() || label.length() > LABEL_MAX_LENGTH
                || label.chars().anyMatch(Character::isISOControl) || !label.equals(label.strip())) {
            throw new IllegalArgumentException("energy table label must be 1 to " + LABEL_MAX_LENGTH
                    + " chars on one line without surrounding spaces, got \""
                    + (label == null ? "null" : label.replaceAll("\\p{Cntrl}", "?")) + "\"");
        }
    }

    private static void requireEnergy(String what, double pj) {
        // Double.compare also rejects -0.0, which the file format could not write back.
        if (!Double.isFinite(pj) || Double.compare(pj, 0.0) < 0) {
            throw new IllegalArgumentException("energy of " + what + " must be finite and >= 0 pJ, got " + pj);
        }
    }
}
