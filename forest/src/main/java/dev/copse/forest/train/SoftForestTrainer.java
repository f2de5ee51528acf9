package dev.copse.forest.train;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.Objective;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a forest of budding soft trees end to end (Shen, Wang, Wang, 2020) with Adam on mini-batches,
 * then finalises its topology.
 *
 * <ol>
 *   <li>Hold out a seeded stratified {@code validationFraction} of the rows for early stopping.</li>
 *   <li>Train complete trees of depth D: loss = cross-entropy of the combined output ({@link BatchObjective})
 *       + size penalty + balance penalty + L2, beta moving linearly from {@code beta} to {@code finalBeta},
 *       learning rate per {@code schedule}, optional input dropout; keep the parameters of the best validation
 *       epoch.</li>
 *   <li><b>(Copse)</b> Finalise: nodes with leafness above {@code leafThreshold} become hard leaves, their
 *       subtrees are dropped.</li>
 *   <li><b>(Copse)</b> Fine-tune {@code fineTuneEpochs} epochs with the structure and the leafness fixed, at a
 *       tenth of the learning rate and the final beta, again keeping the best validation epoch.</li>
 * </ol>
 *
 * <p>Cost per sample and pass: {@code T (2^D - 1) d} MACs in one matrix product forward and one backward,
 * plus {@code O(T 2^(D+1) C)} in the tree sweeps. Deterministic: the same options (seed) give the same
 * model bit for bit, for any number of threads, provided {@code Gemm} is deterministic.
 */
public final class SoftForestTrainer {

    /** Fine-tuning runs at this fraction of {@link Options#learningRate()}. */
    static final float FINE_TUNE_RATE_FACTOR = 0.1f;

    private SoftForestTrainer() {
    }

    /** Trains and finalises; returns the model to use (see {@link #run} for the full outcome). */
    public static SoftForest fit(float[] x, int[] y, int d, int numClasses, Options options,
                                 ProgressListener listener) {
        return run(x, y, d, numClasses, options, listener).finalised();
    }

    /**
     * Trains, finalises and fine-tunes, keeping the forest before finalisation and the per-epoch history.
     *
     * @param x          rows {@code n x d} row-major, standardised, finite
     * @param y          class of each row in {@code [0, numClasses)}
     * @param listener   receives one event per epoch
     * @throws IllegalArgumentException     for inconsistent shapes, labels out of range or non-finite inputs
     * @throws TrainingDivergedException    if the loss stops being finite
     */
    public static TrainingOutcome run(float[] x, int[] y, int d, int numClasses, Options options,
                                      ProgressListener listener) {
        int n = checkData(x, y, d, numClasses);
        if (options == null || listener == null) {
            throw new IllegalArgumentException("options and listener must not be null (use ProgressListener.none())");
        }
        SplittableRandom seeds = new SplittableRandom(options.seed());
        SplittableRandom initRandom = seeds.split();
        StratifiedHoldout holdout = new StratifiedHoldout(y, numClasses, options.validationFraction(), seeds.nextLong());
        if (holdout.training.length == 0) {
            throw new IllegalArgumentException("no training rows left after holding out validationFraction "
                    + options.validationFraction() + " of " + n + " rows");
        }
        ForestLayout layout = new ForestLayout(options.trees(), options.maxDepth(), d, numClasses);
        ForestParameters params = ForestParameters.initial(layout, options, initRandom);
        boolean perTree = options.objective() == Objective.PER_TREE;
        RowSubsets subsets = new RowSubsets(options.trees(), n, options.rowFraction(), seeds.nextLong(), perTree);
        int groups = perTree ? options.trees() : 1;
        int capacity = Math.min(options.batchSize(), Math.max(holdout.training.length, holdout.validation.length));
        List<EpochRecord> history = new ArrayList<>();
        ParallelRanges parallel = new ParallelRanges(options.threads());
        BatchObjective objective = new BatchObjective(layout, options.combination(), groups, capacity, parallel);
        TrainingLoop loop = new TrainingLoop(x, y, d, holdout.training, holdout.validation, objective,
                subsets, options.trees(), seeds.split(), seeds.split(), listener);
        Penalties penalties = new Penalties(options.sizePenalty(), options.balancePenalty(), options.l2());
        TrainingLoop.Result main = loop.run(params, new TrainingLoop.Phase("train", options.epochs(),
                options.learningRate(), options.schedule(), penalties, true, options.beta(), options.finalBeta(),
                options.patience(), options.inputDropout()));
        history.addAll(main.records());
        SoftForest full = ForestAssembly.toForest(params, main.beta(), options.combination());
        SoftForest finalised = full.finalise(options.leafThreshold());
        if (options.fineTuneEpochs() > 0) {
            params.freezeStructure(finalised);
            TrainingLoop.Result tuned = loop.run(params, new TrainingLoop.Phase("fine-tune",
                    options.fineTuneEpochs(), options.learningRate() * FINE_TUNE_RATE_FACTOR, options.schedule(),
                    penalties, false, main.beta(), main.beta(), options.patience(), options.inputDropout()));
            history.addAll(tuned.records());
            finalised = ForestAssembly.toForest(params, tuned.beta(), options.combination());
        }
        return new TrainingOutcome(full, finalised, history);
    }

    private static int checkData(float[] x, int[] y, int d, int numClasses) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (d < 1 || x.length % d != 0) {
            throw new IllegalArgumentException("x has " + x.length + " values, not a whole number of rows of d = " + d);
        }
        int n = x.length / d;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException("x has " + n + " rows but y has " + y.length + " labels");
        }
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be >= 2, got " + numClasses);
        }
        for (int r = 0; r < n; r++) {
            if (y[r] < 0 || y[r] >= numClasses) {
                throw new IllegalArgumentException("y[" + r + "] = " + y[r] + " is outside [0, " + numClasses + ")");
            }
        }
        for (int k = 0; k < x.length; k++) {
            if (!Float.isFinite(x[k])) {
                throw new IllegalArgumentException("x[" + k + "] (row " + k / d + ", feature " + k % d
                        + ") is not finite: " + x[k]);
            }
        }
        return n;
    }
}
