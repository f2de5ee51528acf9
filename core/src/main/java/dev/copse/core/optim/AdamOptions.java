package dev.copse.core.optim;

import java.util.Objects;

/**
 * Options of {@link Adam}.
 *
 * @param beta1            decay of the first-moment (mean) estimate, in {@code [0, 1)}
 * @param beta2            decay of the second-moment estimate, in {@code [0, 1)}
 * @param epsilon          added to the root of the second moment, finite and {@code > 0}
 * @param weightDecay      weight-decay coefficient lambda, finite and {@code >= 0}; 0 disables it
 * @param weightDecayStyle how lambda is applied, not {@code null}
 */
public record AdamOptions(double beta1, double beta2, double epsilon, double weightDecay,
                          WeightDecayStyle weightDecayStyle) {

    /** How weight decay enters the update. */
    public enum WeightDecayStyle {
        /** {@code lambda * p} added to the gradient before the moments (Adam with an L2 penalty). */
        COUPLED_L2,
        /**
         * {@code p = p * (1 - lr * lambda)} applied to the parameter directly, outside the moments (AdamW:
         * Loshchilov and Hutter, "Decoupled Weight Decay Regularization", ICLR 2019; the decay is scaled by
         * the scheduled learning rate, as in PyTorch's {@code AdamW}).
         */
        DECOUPLED
    }

    /** @throws IllegalArgumentException naming the field that is out of range */
    public AdamOptions {
        Checks.fraction("AdamOptions", "beta1", beta1);
        Checks.fraction("AdamOptions", "beta2", beta2);
        Checks.finitePositive("AdamOptions", "epsilon", epsilon);
        Checks.finiteNonNegative("AdamOptions", "weightDecay", weightDecay);
        Objects.requireNonNull(weightDecayStyle, "AdamOptions.weightDecayStyle");
    }

    /** The paper's defaults: beta1 0.9, beta2 0.999, epsilon 1e-8, no weight decay. */
    public static AdamOptions defaults() {
        return new AdamOptions(0.9, 0.999, 1e-8, 0, WeightDecayStyle.COUPLED_L2);
    }

    /** AdamW: the defaults with decoupled weight decay {@code lambda}. */
    public static AdamOptions adamW(double weightDecay) {
        return new AdamOptions(0.9, 0.999, 1e-8, weightDecay, WeightDecayStyle.DECOUPLED);
    }
}
