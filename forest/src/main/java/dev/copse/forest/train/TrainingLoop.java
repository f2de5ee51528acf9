package dev.copse.forest.train;

import dev.copse.core.optim.Adam;
import dev.copse.core.optim.AdamOptions;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.LearningRateSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs the epochs of one training phase: seeded shuffling into mini-batches, optional seeded input dropout,
 * steps of core's {@link Adam} (bias-corrected) on the phase's learning-rate schedule, the scheduled
 * temperature, a progress event per epoch, and early stopping on the validation rows that keeps the parameters of the best epoch (highest validation accuracy, ties broken by lower loss).
 */
final class TrainingLoop {

    /**
     * One phase's settings.
     *
     * @param name          {@code "train"} or {@code "fine-tune"}, used in progress and records
     * @param trainLeafness false freezes the leafness logits (structure fixed)
     */
    record Phase(String name, int epochs, float learningRate, LearningRateSchedule schedule, Penalties penalties,
                 boolean trainLeafness, float firstBeta, float lastBeta, int patience, float inputDropout) {

        float betaAt(int epoch) {
            return epochs <= 1 ? lastBeta : firstBeta + (lastBeta - firstBeta) * epoch / (float) (epochs - 1);
        }
    }

    /** The records of a phase and the temperature of the epoch whose parameters were kept. */
    record Result(List<EpochRecord> records, float beta) {
    }

    private final float[] x;
    private final int[] y;
    private final int features;
    private final int[] trainRows;
    private final int[] validationRows;
    private final BatchObjective objective;
    private final RowSubsets subsets;
    private final int trees;
    private final SplittableRandom shuffler;
    private final SplittableRandom dropout;
    private final ProgressListener listener;

    TrainingLoop(float[] x, int[] y, int features, int[] trainRows, int[] validationRows, BatchObjective objective,
                 RowSubsets subsets, int trees, SplittableRandom shuffler,
                 SplittableRandom dropout, ProgressListener listener) {
        this.x = x;
        this.y = y;
        this.features = features;
        this.trainRows = trainRows.clone();
        this.validationRows = validationRows;
        this.objective = objective;
        this.subsets = subsets;
        this.trees = trees;
        this.shuffler = shuffler;
        this.dropout = dropout;
        this.listener = listener;
    }

    Result run(ForestParameters p, Phase phase) {
        BatchBuffers buf = objective.buffers();
        int batch = buf.capacity;
        long batchesPerEpoch = (trainRows.length + batch - 1) / batch;
        Adam adam = new Adam(p.values.length, AdamOptions.defaults(),
                schedule(phase, batchesPerEpoch * phase.epochs()));
        float[] grad = new float[p.values.length];
        boolean validate = validationRows.length > 0;
        float[] best = validate ? p.values.clone() : null;
        double bestAccuracy = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        float bestBeta = phase.betaAt(0);
        int stale = 0;
        List<EpochRecord> records = new ArrayList<>();
        for (int e = 0; e < phase.epochs(); e++) {
            long start = System.nanoTime();
            float beta = phase.betaAt(e);
            StratifiedHoldout.shuffle(trainRows, shuffler);
            double lossSum = 0;
            long correct = 0;
            for (int from = 0; from < trainRows.length; from += batch) {
                int n = Math.min(batch, trainRows.length - from);
                buf.gather(x, y, features, trainRows, from, n);
                if (phase.inputDropout() > 0f) {
                    dropInputs(buf, n * features, phase.inputDropout());
                }
                subsets.setWeights(buf, trees);
                double loss = objective.lossAndGradient(p, phase.penalties(), beta, phase.trainLeafness(), grad);
                if (!Double.isFinite(loss)) {
                    throw diverged(phase, e, from / batch, loss, beta);
                }
                lossSum += loss * n;
                for (int b = 0; b < n; b++) {
                    correct += objective.predicted(b) == buf.y[b] ? 1 : 0;
                }
                adam.step(p.values, grad);
            }
            double[] validation = validate ? evaluate(p, beta) : new double[] {Double.NaN, Double.NaN};
            double seconds = (System.nanoTime() - start) / 1e9;
            EpochRecord record = new EpochRecord(phase.name(), e + 1, beta, lossSum / trainRows.length,
                    correct / (double) trainRows.length, validation[0], validation[1], seconds,
                    trainRows.length / seconds);
            records.add(record);
            report(phase, record);
            if (validate) {
                if (validation[1] > bestAccuracy || (validation[1] == bestAccuracy && validation[0] < bestLoss)) {
                    bestAccuracy = validation[1];
                    bestLoss = validation[0];
                    bestBeta = beta;
                    System.arraycopy(p.values, 0, best, 0, best.length);
                    stale = 0;
                } else if (++stale >= phase.patience()) {
                    break;
                }
            } else {
                bestBeta = beta;
            }
        }
        if (validate) {
            System.arraycopy(best, 0, p.values, 0, best.length);
        }
        return new Result(records, bestBeta);
    }

    /** Inverted dropout: zero each input value with probability p, scale the rest by 1/(1-p). */
    private void dropInputs(BatchBuffers buf, int values, float p) {
        float keep = 1f / (1f - p);
        for (int k = 0; k < values; k++) {
            buf.x[k] = dropout.nextFloat() < p ? 0f : buf.x[k] * keep;
        }
    }

    /** The phase's schedule over its {@code steps} optimizer steps; cosine decays to 0 at the last step. */
    private static dev.copse.core.optim.LearningRateSchedule schedule(Phase phase, long steps) {
        return switch (phase.schedule()) {
            case CONSTANT -> dev.copse.core.optim.LearningRateSchedule.constant(phase.learningRate());
            case COSINE -> dev.copse.core.optim.LearningRateSchedule.cosine(phase.learningRate(), 0, steps);
        };
    }

    /** Mean cross-entropy and accuracy of the combined forest on the validation rows. */
    private double[] evaluate(ForestParameters p, float beta) {
        BatchBuffers buf = objective.buffers();
        double loss = 0;
        long correct = 0;
        for (int from = 0; from < validationRows.length; from += buf.capacity) {
            int n = Math.min(buf.capacity, validationRows.length - from);
            buf.gather(x, y, features, validationRows, from, n);
            objective.evaluate(p, beta);
            for (int b = 0; b < n; b++) {
                loss += objective.rowLoss(b);
                correct += objective.predicted(b) == buf.y[b] ? 1 : 0;
            }
        }
        return new double[] {loss / validationRows.length, correct / (double) validationRows.length};
    }

    private void report(Phase phase, EpochRecord r) {
        String task = (phase.name().equals("train") ? "epoch " : phase.name() + " epoch ") + r.epoch() + "/"
                + phase.epochs();
        String detail = String.format(Locale.ROOT,
                "loss %.4f, train acc %.2f%%, validation acc %.2f%% (loss %.4f), beta %.3g, %.0f samples/s",
                r.trainLoss(), 100 * r.trainAccuracy(), 100 * r.validationAccuracy(), r.validationLoss(), r.beta(),
                r.samplesPerSecond());
        listener.onProgress(new ProgressEvent(task, r.epoch(), phase.epochs(), detail));
    }

    private static TrainingDivergedException diverged(Phase phase, int epoch, int batch, double loss, float beta) {
        return new TrainingDivergedException(String.format(Locale.ROOT,
                "soft forest training diverged in %s epoch %d, batch %d: the loss is %s. Lower Options.learningRate"
                        + " (now %g) or the inverse temperature Options.beta/finalBeta (now %g), and check that the"
                        + " inputs are standardised.",
                phase.name(), epoch + 1, batch + 1, loss, phase.learningRate(), beta));
    }
}
