package dev.copse.core.json;

/**
 * A JSON number, held exactly as one of two kinds so that a write-then-parse round trip returns the same
 * value bit for bit:
 *
 * <ul>
 *   <li><b>integral</b>: a {@code long}, written as plain digits ({@code 42}, {@code -7});</li>
 *   <li><b>floating</b>: a finite {@code double}, written in the shortest form that reads back as the same
 *       double ({@link Double#toString(double)}, which always contains {@code .} or {@code E}, e.g.
 *       {@code 3.0}, {@code 0.1}, {@code 1.0E-5}, {@code -0.0}).</li>
 * </ul>
 *
 * <p>The parser makes a number integral when its text has no fraction and no exponent and fits a
 * {@code long}; every other number is floating. Consequently {@code 3} and {@code 3.0} are different
 * values here ({@link #equals} compares kind and value, with {@link Double#equals} semantics, so
 * {@code 0.0} and {@code -0.0} differ too). JSON has no NaN or infinity, so they are rejected.
 */
public final class JsonNumber implements JsonValue {

    private final boolean integral;
    private final long longValue;
    private final double doubleValue;

    private JsonNumber(boolean integral, long longValue, double doubleValue) {
        this.integral = integral;
        this.longValue = longValue;
        this.doubleValue = doubleValue;
    }

    /** An integral number. */
    public static JsonNumber of(long value) {
        return new JsonNumber(true, value, value);
    }

    /** A floating number; throws {@link IllegalArgumentException} for NaN and infinities. */
    public static JsonNumber of(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite, got " + value);
        }
        return new JsonNumber(false, 0, value);
    }

    /** True for the integral kind (held as a {@code long}). */
    public boolean isIntegral() {
        return integral;
    }

    /**
     * The value as a {@code long}, exact: an integral number, or a floating number whose value is a whole
     * number within {@code long} range. Throws {@link ArithmeticException} otherwise.
     */
    public long longValueExact() {
        if (integral) {
            return longValue;
        }
        // Every double in [-2^63, 2^63) that is a whole number converts exactly.
        if (doubleValue == Math.rint(doubleValue) && doubleValue >= -0x1p63 && doubleValue < 0x1p63) {
            return (long) doubleValue;
        }
        throw new ArithmeticException("JSON number " + this + " is not a whole number within long range");
    }

    /** The value as a {@code double}; an integral number beyond 2^53 in magnitude is rounded. */
    public double doubleValue() {
        return integral ? (double) longValue : doubleValue;
    }

    @Override
    public String kind() {
        return "number";
    }

    @Override
    public JsonNumber asNumber() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonNumber n && n.integral == integral
                && (integral ? n.longValue == longValue : Double.valueOf(doubleValue).equals(n.doubleValue));
    }

    @Override
    public int hashCode() {
        return integral ? Long.hashCode(longValue) : 31 * Double.hashCode(doubleValue) + 1;
    }

    /** The JSON text of this number. */
    @Override
    public String toString() {
        return integral ? Long.toString(longValue) : Double.toString(doubleValue);
    }
}
