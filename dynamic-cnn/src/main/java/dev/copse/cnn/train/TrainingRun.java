package dev.copse.cnn.train;

import dev.copse.cnn.layer.CrossEntropyLoss;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.model.Network;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.TrainTest;
import dev.copse.core.optim.LearningRateSchedule;
import dev.copse.core.optim.Optimizer;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The mutable state of one {@link CnnTrainer#fit} call: optimizers (one per parameter buffer), the batch
 * buffers, the random streams and the best weights seen. Used once, by one thread.
 */
final class TrainingRun {

    private final Network network;
    private final TrainingOptions options;
    private final ProgressListener listener;
    private final Dataset train;
    private final Dataset validation;
    private final List<Parameter> parameters;
    private final List<Optimizer> optimizers = new ArrayList<>();
    private final LearningRateSchedule schedule;
    private final CrossEntropyLoss loss;
    private final int stepsPerEpoch;
    private final float[] images;
    private final int[] labels;
    private final SplittableRandom shuffling;
    private final SplittableRandom augmenting;
    private float[] lastLogits;
    private long step;
    private double firstLoss = Double.NaN;

    TrainingRun(Network network, Dataset data, TrainingOptions options, ProgressListener listener) {
        checkData(network, data);
        this.network = network;
        this.options = options;
        this.listener = listener;
        SplittableRandom seeds = new SplittableRandom(options.seed());
        if (options.validationFraction() > 0) {
            TrainTest split = data.stratifiedSplit(options.validationFraction(), seeds.nextLong());
            this.train = split.train();
            this.validation = split.test();
        } else {
            seeds.nextLong();
            this.train = data;
            this.validation = null;
        }
        if (train.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 rows, got " + train.size());
        }
        this.shuffling = new SplittableRandom(seeds.nextLong());
        this.augmenting = new SplittableRandom(seeds.nextLong());
        int batch = Math.min(options.batchSize(), train.size());
        this.stepsPerEpoch = steps(train.size(), batch);
        this.images = new float[batch * train.numFeatures()];
        this.labels = new int[batch];
        long warmup = (long) options.warmupEpochs() * stepsPerEpoch;
        LearningRateSchedule main = options.schedule().schedule(options.optimizer().learningRate(), options.epochs(),
                stepsPerEpoch);
        this.schedule = warmup > 0 ? main.withWarmup(warmup) : main;
        this.parameters = network.parameters();
        for (Parameter p : parameters) {
            optimizers.add(options.optimizer().create(p.size(), schedule));
        }
        this.loss = new CrossEntropyLoss(network.classes());
    }

    /** Steps per epoch: full batches, plus the remainder when it has at least 2 rows (one row cannot be normalised). */
    private static int steps(int rows, int batch) {
        int full = rows / batch;
        return rows % batch >= 2 ? full + 1 : Math.max(1, full);
    }

    static void checkData(Network network, Dataset data) {
        if (data.numFeatures() != network.inputShape().size()) {
            throw new IllegalArgumentException("the data has " + data.numFeatures() + " features per row but the "
                    + "network reads " + network.inputShape() + " images (" + network.inputShape().size() + " values)");
        }
        if (data.numClasses() > network.classes()) {
            throw new IllegalArgumentException("the data has " + data.numClasses() + " classes but the network only "
                    + network.classes());
        }
    }

    TrainingReport run() {
        List<EpochStats> history = new ArrayList<>();
        double bestAccuracy = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        float[][] best = null;
        boolean stoppedEarly = false;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            EpochStats stats = epoch(epoch);
            history.add(stats);
            if (validation == null) {
                bestEpoch = epoch;
                continue;
            }
            if (stats.validationAccuracy() > bestAccuracy) {
                bestAccuracy = stats.validationAccuracy();
                bestEpoch = epoch;
                best = snapshot();
            } else if (epoch - bestEpoch >= options.patience()) {
                stoppedEarly = epoch < options.epochs();
                break;
            }
        }
        if (best != null && bestEpoch != history.getLast().epoch()) {
            restore(best);
        }
        return new TrainingReport(history, bestEpoch, stoppedEarly);
    }

    private EpochStats epoch(int epoch) {
        int n = train.size();
        int[] order = permutation(n);
        int batchSize = labels.length;
        int d = train.numFeatures();
        String task = "train epoch " + epoch + "/" + options.epochs();
        double lossSum = 0;
        long correct = 0;
        long seen = 0;
        long start = System.nanoTime();
        for (int s = 0; s < stepsPerEpoch; s++) {
            int from = s * batchSize;
            int batch = Math.min(batchSize, n - from);
            gather(order, from, batch, d);
            double value = step(epoch, batch);
            lossSum += value * batch;
            correct += countCorrect(lastLogits, labels, batch, network.classes());
            seen += batch;
            if ((s + 1) % options.progressEvery() == 0 && s + 1 < stepsPerEpoch) {
                listener.onProgress(new ProgressEvent(task, s + 1, stepsPerEpoch, String.format(Locale.ROOT,
                        "loss %.4f, accuracy %.2f%%", lossSum / seen, 100.0 * correct / seen)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double validationLoss = Double.NaN;
        double validationAccuracy = Double.NaN;
        String detail = String.format(Locale.ROOT, "loss %.4f, accuracy %.2f%%, %.0f images/s", lossSum / seen,
                100.0 * correct / seen, seen / seconds);
        if (validation != null) {
            Evaluation result = CnnTrainer.evaluate(network, validation, batchSize);
            validationLoss = result.loss();
            validationAccuracy = result.accuracy();
            detail += String.format(Locale.ROOT, "; validation loss %.4f, accuracy %.2f%%", validationLoss,
                    100 * validationAccuracy);
        }
        listener.onProgress(new ProgressEvent(task, stepsPerEpoch, stepsPerEpoch, detail));
        return new EpochStats(epoch, lossSum / seen, (double) correct / seen, validationLoss, validationAccuracy,
                schedule.rate(Math.max(0, step - 1)), seconds, seen / seconds);
    }

    /** One optimizer step on the gathered batch; returns its loss. */
    private double step(int epoch, int batch) {
        float[] logits = network.forward(images, batch, Mode.TRAIN);
        double value = loss.forward(logits, labels, batch);
        if (!Double.isFinite(value)) {
            throw diverged(epoch, value);
        }
        if (step == 0) {
            firstLoss = value;
        }
        lastLogits = logits;
        float[] grad = loss.backward();
        for (Parameter p : parameters) {
            p.zeroGradients();
        }
        network.backward(grad);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            optimizers.get(i).step(p.values(), p.gradients());
            p.markUpdated();
        }
        step++;
        return value;
    }

    private TrainingDivergedException diverged(int epoch, double value) {
        double rate = schedule.rate(step);
        String message;
        if (step == 0) {
            message = String.format(Locale.ROOT, "training diverged at the first step, before any update: the loss is "
                    + "%s. The inputs or the initial weights are to blame: scale the images to about [0, 1] or "
                    + "standardise them.", value);
        } else {
            message = String.format(Locale.ROOT, "training diverged at epoch %d, step %d: the loss is %s (it was %.4f "
                    + "at the first step). The learning rate %.4g is most likely too high: lower the learning rate "
                    + "of TrainingOptions.optimizer (try %.4g) or add warm-up with TrainingOptions.warmupEpochs; "
                    + "also check that the images are scaled to about [0, 1].", epoch, step, value, firstLoss, rate,
                    options.optimizer().learningRate() / 10);
        }
        return new TrainingDivergedException(epoch, step, message);
    }

    private void gather(int[] order, int from, int batch, int d) {
        float[] x = train.features();
        int[] y = train.labels();
        var shape = network.inputShape();
        for (int i = 0; i < batch; i++) {
            int row = order[from + i];
            if (options.augmentation().isEnabled()) {
                options.augmentation().apply(x, row * d, images, i * d, shape.channels(), shape.height(), shape.width(),
                        augmenting);
            } else {
                System.arraycopy(x, row * d, images, i * d, d);
            }
            labels[i] = y[row];
        }
    }

    private int[] permutation(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = shuffling.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static long countCorrect(float[] logits, int[] labels, int batch, int classes) {
        long correct = 0;
        for (int n = 0; n < batch; n++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (logits[n * classes + c] > logits[n * classes + best]) {
                    best = c;
                }
            }
            if (best == labels[n]) {
                correct++;
            }
        }
        return correct;
    }

    private float[][] snapshot() {
        List<float[]> arrays = arrays();
        float[][] copy = new float[arrays.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = arrays.get(i).clone();
        }
        return copy;
    }

    private void restore(float[][] saved) {
        List<float[]> arrays = arrays();
        for (int i = 0; i < saved.length; i++) {
            System.arraycopy(saved[i], 0, arrays.get(i), 0, saved[i].length);
        }
        parameters.forEach(Parameter::markUpdated);
    }

    private List<float[]> arrays() {
        List<float[]> arrays = new ArrayList<>();
        parameters.forEach(p -> arrays.add(p.values()));
        for (RunningState s : network.runningStates()) {
            arrays.add(s.values());
        }
        return arrays;
    }
}
