package dev.copse.efficiency.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting shared by the renderers. Stateless. */
final class Quantities {

    private static final String[] PREFIXES = {"a", "f", "p", "n", "\u00b5", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final int SMALLEST_EXPONENT = -18;
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);

    private Quantities() {
    }

    /** A count for people: three significant digits with k, M, G... ({@code 1806336 -> "1.81 M"}, {@code 7 -> "7"}). */
    static String count(double value) {
        return scaled(value, 0, "", 0);
    }

    /**
     * A physical quantity for people, given in units of 10^{@code valueExponent} {@code unit}:
     * {@code si(8310000, -12, "J") -> "8.31 µJ"}. Scaling happens in decimal, so no binary rounding creeps in.
     */
    static String si(double value, int valueExponent, String unit) {
        return scaled(value, valueExponent, unit, SMALLEST_EXPONENT);
    }

    private static String scaled(double value, int valueExponent, String unit, int smallestExponent) {
        if (value == 0) {
            return unit.isEmpty() ? "0" : "0 " + unit;
        }
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1 + valueExponent; // floor(log10(|quantity|))
        int largestExponent = SMALLEST_EXPONENT + 3 * (PREFIXES.length - 1);
        int group = Math.max(smallestExponent, Math.min(largestExponent, Math.floorDiv(exponent, 3) * 3));
        String digits = rounded.movePointLeft(group - valueExponent).stripTrailingZeros().toPlainString();
        String suffix = PREFIXES[(group - SMALLEST_EXPONENT) / 3] + unit;
        return suffix.isEmpty() ? digits : digits + " " + suffix;
    }

    /**
     * An exact number for files: whole numbers below 2^53 as plain integers, others in the shortest
     * decimal that reads back as the same double, never in scientific notation.
     */
    static String plain(double value) {
        return isExactWhole(value) ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** True for whole numbers of magnitude at most 2^53, which a {@code long} holds and a double keeps exact. */
    static boolean isExactWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) <= 0x1p53;
    }
}
