package dev.copse.core.optim;

/** Validation of option and schedule fields, with messages that name the field. */
final class Checks {

    private Checks() {
    }

    static void finiteNonNegative(String owner, String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(owner + "." + field + " must be finite and >= 0, got " + value);
        }
    }

    static void finitePositive(String owner, String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(owner + "." + field + " must be finite and > 0, got " + value);
        }
    }

    /** {@code 0 <= value < 1}. */
    static void fraction(String owner, String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(owner + "." + field + " must be in [0, 1), got " + value);
        }
    }

    static void positive(String owner, String field, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(owner + "." + field + " must be >= 1, got " + value);
        }
    }
}
