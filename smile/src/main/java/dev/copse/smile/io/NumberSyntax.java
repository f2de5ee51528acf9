package dev.copse.smile.io;

import java.util.regex.Pattern;

/**
 * The one number syntax of the readers: optional sign, decimal digits with an optional fraction, optional
 * exponent ({@code 12}, {@code -0.5}, {@code .5}, {@code 3.}, {@code 1e-3}). Stricter than
 * {@link Double#parseDouble}: no {@code NaN}, {@code Infinity}, hexadecimal, type suffixes ({@code 1f}) or
 * surrounding spaces, so a stray word is never read as a number.
 */
final class NumberSyntax {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private NumberSyntax() {
    }

    /** True when {@code text} is a number in this syntax (it may still overflow a double). */
    static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** The value of {@code text}, which must satisfy {@link #isNumber}; infinite when it overflows. */
    static double parse(String text) {
        return Double.parseDouble(text);
    }
}
