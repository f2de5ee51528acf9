package dev.copse.forest.soft;

/**
 * The two branch probabilities of a split from one exponential: with {@code e = exp(-|s|)},
 * {@code sigmoid(s)} and {@code 1 - sigmoid(s) = sigmoid(-s)} are {@code 1/(1+e)} and {@code e/(1+e)} in
 * the order given by the sign of s. {@code exp} never overflows, and both probabilities keep full relative
 * precision even when one is tiny (computing {@code 1 - p} by subtraction would round it to 0 once
 * {@code p > 1 - 6e-8}).
 */
final class Logistic {

    private Logistic() {
    }

    /** {@code exp(-|s|)}, the one transcendental evaluation per split. */
    static float tail(float s) {
        return (float) Math.exp(-Math.abs(s));
    }

    /** {@code sigmoid(s)}, given {@code e = tail(s)}. */
    static float left(float s, float e) {
        float big = 1f / (1f + e);
        return s >= 0f ? big : e * big;
    }

    /** {@code 1 - sigmoid(s)}, given {@code e = tail(s)}. */
    static float right(float s, float e) {
        float big = 1f / (1f + e);
        return s >= 0f ? e * big : big;
    }
}
