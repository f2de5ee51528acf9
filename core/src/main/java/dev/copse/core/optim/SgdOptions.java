package dev.copse.core.optim;

/**
 * Options of {@link Sgd}.
 *
 * @param momentum    classic (heavy-ball) momentum coefficient mu, in {@code [0, 1)}; 0 is plain SGD
 * @param weightDecay L2 coefficient lambda added to the gradient ({@code g + lambda * p}), finite and
 *                    {@code >= 0}; 0 disables it
 */
public record SgdOptions(double momentum, double weightDecay) {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public SgdOptions {
        Checks.fraction("SgdOptions", "momentum", momentum);
        Checks.finiteNonNegative("SgdOptions", "weightDecay", weightDecay);
    }

    /** Momentum 0.9, no weight decay. */
    public static SgdOptions defaults() {
        return new SgdOptions(0.9, 0);
    }
}
