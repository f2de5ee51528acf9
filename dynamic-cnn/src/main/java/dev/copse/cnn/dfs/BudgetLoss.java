package dev.copse.cnn.dfs;

import java.util.Locale;

/**
 * The computation term added to the cross-entropy in DFS training, as a function of the chosen options'
 * relative costs {@code cost(n, l)} (sample {@code n}, gated block {@code l}, {@link BitwidthOptions#cost})
 * and the batch's computation percentage {@code cp = 100 * mean cost(n, l)}. Both forms are differentiated
 * straight through the hard decisions: the gradient with respect to option {@code k}'s probability is the
 * gradient with respect to its one-hot entry.
 *
 * <ul>
 *   <li>{@link #signSwitching}: {@code sign * beta * (1/B) sum_n sum_l cost(n, l)}, {@code sign = +1} when
 *       the batch's cp is above the target and {@code -1} at or below it (the DFS paper's code).</li>
 *   <li>{@link #smooth}: {@code beta * max(0, cp - target)}, zero at or below the target (Copse's
 *       alternative, METHODS.md section 5).</li>
 * </ul>
 *
 * <p><b>(Copse)</b> Costs are relative ({@code (b/32)^2} per block, not FLOPs), so the paper's
 * {@code beta = 1e-5} does not transfer; Copse's defaults ({@link #DEFAULT_SIGN_BETA},
 * {@link #DEFAULT_SMOOTH_BETA}) were chosen so that the budget's gradient is of the order of the
 * cross-entropy's on a freshly trained backbone.
 *
 * @param kind   which of the two forms
 * @param beta   the weight, {@code > 0}
 * @param target the target computation percentage, in {@code [0, 100]}
 */
public record BudgetLoss(Kind kind, double beta, double target) {

    /** Copse's default weight of the sign-switching form. */
    public static final double DEFAULT_SIGN_BETA = 0.05;
    /** Copse's default weight of the smooth form (per percentage point). */
    public static final double DEFAULT_SMOOTH_BETA = 0.02;

    /** The two forms of the budget term. */
    public enum Kind {
        /** The DFS paper's sign-switching term. */
        SIGN,
        /** {@code beta * max(0, cp - target)}. */
        SMOOTH;

        /** Parses {@code sign} or {@code smooth}. @throws IllegalArgumentException for anything else */
        public static Kind parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "sign" -> SIGN;
                case "smooth" -> SMOOTH;
                default -> throw new IllegalArgumentException("budget loss must be 'sign' or 'smooth', got '" + name
                        + "'");
            };
        }
    }

    /** @throws IllegalArgumentException naming the field that is out of range */
    public BudgetLoss {
        if (kind == null) {
            throw new IllegalArgumentException("BudgetLoss.kind must not be null");
        }
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("BudgetLoss.beta must be positive and finite, got " + beta);
        }
        if (!(target >= 0 && target <= 100)) {
            throw new IllegalArgumentException("BudgetLoss.target must be a percentage in [0, 100], got " + target);
        }
    }

    /** The sign-switching term at {@code target} percent. */
    public static BudgetLoss signSwitching(double beta, double target) {
        return new BudgetLoss(Kind.SIGN, beta, target);
    }

    /** The smooth term {@code beta * max(0, cp - target)}. */
    public static BudgetLoss smooth(double beta, double target) {
        return new BudgetLoss(Kind.SMOOTH, beta, target);
    }

    /**
     * The value of the term for a batch of {@code batch} samples whose summed chosen cost is {@code costSum}
     * over {@code gated} gated blocks each.
     */
    public double value(double costSum, int batch, int gated) {
        double cp = 100 * costSum / ((double) batch * gated);
        return switch (kind) {
            case SIGN -> (cp > target ? 1 : -1) * beta * costSum / batch;
            case SMOOTH -> beta * Math.max(0, cp - target);
        };
    }

    /**
     * The derivative of {@link #value} with respect to one decision's cost (the same for every sample and
     * block of the batch), to be multiplied by each option's cost.
     */
    public double gradientPerCost(double costSum, int batch, int gated) {
        double cp = 100 * costSum / ((double) batch * gated);
        return switch (kind) {
            case SIGN -> (cp > target ? 1 : -1) * beta / batch;
            case SMOOTH -> cp > target ? beta * 100 / ((double) batch * gated) : 0;
        };
    }
}
