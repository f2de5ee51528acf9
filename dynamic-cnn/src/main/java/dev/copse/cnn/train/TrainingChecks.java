package dev.copse.cnn.train;

/** Validation shared by the training settings, with messages naming the field. */
final class TrainingChecks {

    private TrainingChecks() {
    }

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be finite and > 0, got " + value);
        }
    }

    static void atLeast(String field, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be >= " + minimum + ", got " + value);
        }
    }
}
