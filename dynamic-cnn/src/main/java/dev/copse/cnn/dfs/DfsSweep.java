package dev.copse.cnn.dfs;

import dev.copse.cnn.train.TrainingOptions;
import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Accuracy against computation over several targets: stage 3 of DFS training from one pretrained model (stages
 * 1 and 2 shared) once per target, each result evaluated on test data with chosen-branch inference. The
 * pretrained model itself is the first point (target 100).
 *
 * <p>Stateless.
 */
public final class DfsSweep {

    private DfsSweep() {
    }

    /**
     * Runs the sweep.
     *
     * @param targets  target computation percentages, each in {@code [0, 100]}
     * @param budget   the budget form and weight (its target is replaced by each of {@code targets})
     * @param gateGradientScale see {@link DfsTrainer#tune}
     * @param onModel  receives each tuned model with its target (to save it), or null
     */
    public static List<SweepPoint> run(DfsModel pretrained, Dataset train, Dataset test, double[] targets,
                                       TrainingOptions joint, BudgetLoss budget, double gateGradientScale,
                                       ProgressListener listener,
                                       BiConsumer<Double, DfsModel> onModel) {
        List<SweepPoint> points = new ArrayList<>();
        points.add(SweepPoint.of("pretrained", 100, pretrained.evaluate(test)));
        for (double target : targets) {
            BudgetLoss atTarget = new BudgetLoss(budget.kind(), budget.beta(), target);
            DfsModel tuned = DfsTrainer.tune(pretrained, train, joint, atTarget, gateGradientScale, listener);
            if (onModel != null) {
                onModel.accept(target, tuned);
            }
            points.add(SweepPoint.of(String.format(Locale.ROOT, "target %s", SweepTables.number(target)), target,
                    tuned.evaluate(test)));
        }
        return points;
    }
}
