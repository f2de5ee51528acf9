package dev.copse.forest.soft;

/**
 * The logistic function without overflow: {@code exp} is only ever taken of a non-positive number, so
 * {@code sigmoid(s)} and {@code 1 - sigmoid(s) = sigmoid(-s)} both keep full relative precision even when
 * one of them is tiny (computing {@code 1 - p} by subtraction would round it to 0 once {@code p > 1 - 6e-8}).
 */
final class Logistic {

    private Logistic() {
    }

    static float sigmoid(float s) {
        if (s >= 0f) {
            return 1f / (1f + (float) Math.exp(-s));
        }
        float e = (float) Math.exp(s);
        return e / (1f + e);
    }
}
