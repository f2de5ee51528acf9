package dev.copse.cnn.dfs;

import dev.copse.cnn.train.TrainingOptions;
import java.util.Objects;

/**
 * How {@link DfsTrainer} runs the three stages of DFS training (METHODS.md section 5).
 *
 * @param backbone     stage 1: the backbone alone at full precision
 * @param gates        stage 2: the gate alone with a target of 100 %; {@code epochs} is the most it runs
 * @param joint        stage 3: backbone and gate together at the target
 * @param budget       the budget term of stage 3, with its target computation percentage
 * @param gateBeta     the weight of stage 2's sign-switching term (always sign-switching: the smooth term is
 *                     zero at a target of 100 %)
 * @param gateGradientScale stage 3 multiplies the gate's gradient by this ({@link DfsNetwork#setGateGradientScale})
 * @param fullFraction stage 2 stops after the first epoch in which at least this fraction of the gated
 *                     decisions was full precision <b>(Copse)</b>, in {@code (0, 1]}; {@code 100 * fullFraction}
 *                     is also stage 2's target computation percentage
 */
public record DfsTrainingOptions(TrainingOptions backbone, TrainingOptions gates, TrainingOptions joint,
                                 BudgetLoss budget, double gateBeta, double gateGradientScale,
                                 double fullFraction) {

    /** Copse's default for {@link #fullFraction}. */
    public static final double DEFAULT_FULL_FRACTION = 0.99;

    /** @throws IllegalArgumentException naming the field that is missing or out of range */
    public DfsTrainingOptions {
        Objects.requireNonNull(backbone, "DfsTrainingOptions.backbone");
        Objects.requireNonNull(gates, "DfsTrainingOptions.gates");
        Objects.requireNonNull(joint, "DfsTrainingOptions.joint");
        Objects.requireNonNull(budget, "DfsTrainingOptions.budget");
        if (!(gateBeta > 0) || !Double.isFinite(gateBeta)) {
            throw new IllegalArgumentException("DfsTrainingOptions.gateBeta must be positive, got " + gateBeta);
        }
        if (!(gateGradientScale > 0) || !Double.isFinite(gateGradientScale)) {
            throw new IllegalArgumentException("DfsTrainingOptions.gateGradientScale must be positive, got "
                    + gateGradientScale);
        }
        if (!(fullFraction > 0 && fullFraction <= 1)) {
            throw new IllegalArgumentException("DfsTrainingOptions.fullFraction must be in (0, 1], got "
                    + fullFraction);
        }
    }
}
