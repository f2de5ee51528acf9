package dev.copse.cnn.train;

import dev.copse.cnn.layer.CrossEntropyLoss;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.model.DenseNet;
import dev.copse.cnn.model.DenseNetModel;
import dev.copse.cnn.model.DenseNetSpec;
import dev.copse.cnn.model.Network;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressListener;

/**
 * Trains convolutional classifiers with mini-batch gradient descent on the cross-entropy loss: SGD with
 * momentum and weight decay or Adam, a step, cosine or constant learning-rate schedule with optional warm-up,
 * seeded shuffling, optional random-crop augmentation, and early stopping on a held-out validation split
 * (see {@link TrainingOptions}).
 *
 * <p><b>Determinism.</b> The seed fixes the initial weights (when the trainer builds the network), the
 * validation split, every epoch's order and the augmentation; the layers' arithmetic does not depend on the
 * thread count. So one seed gives the same model bit for bit.
 *
 * <p><b>Divergence.</b> A NaN or infinite loss stops training with a {@link TrainingDivergedException} that
 * says which setting to change.
 *
 * <p><b>Progress.</b> The listener hears, per epoch, every {@link TrainingOptions#progressEvery()} steps and at
 * the end of the epoch (with the validation result), on the training thread.
 *
 * <p>Stateless; each call keeps its training state (optimizer moments, step count) to itself. Calls on
 * different networks may run concurrently.
 */
public final class CnnTrainer {

    private CnnTrainer() {
    }

    /**
     * Trains {@code network} in place on {@code train}. With early stopping the network ends with the weights
     * of its best validation epoch.
     *
     * @throws IllegalArgumentException   when the rows are not images of the network's input shape, the data
     *                                    has fewer than two rows per batch, or a label exceeds its classes
     * @throws TrainingDivergedException when the loss becomes NaN or infinite
     */
    public static TrainingReport fit(Network network, Dataset train, TrainingOptions options,
                                     ProgressListener listener) {
        train.requireTwoClasses("a CNN");
        return new TrainingRun(network, train, options, listener).run();
    }

    /** Builds a ResNet from {@code spec} (initialised with the options' seed), trains it, and returns the model. */
    public static ResNetModel train(ResNetSpec spec, Dataset train, TrainingOptions options,
                                    ProgressListener listener) {
        ResNet network = spec.initialize(options.seed());
        TrainingReport report = fit(network, train, options, listener);
        return ResNetModel.of(network, train.classNames(), report.toJson(options, train.provenance()));
    }

    /** Builds a DenseNet from {@code spec} (initialised with the options' seed), trains it, and returns the model. */
    public static DenseNetModel train(DenseNetSpec spec, Dataset train, TrainingOptions options,
                                      ProgressListener listener) {
        DenseNet network = spec.initialize(options.seed());
        TrainingReport report = fit(network, train, options, listener);
        return DenseNetModel.of(network, train.classNames(), report.toJson(options, train.provenance()));
    }

    /**
     * The mean loss and accuracy of {@code network} on {@code data} in inference mode, in batches of
     * {@code batchSize}.
     *
     * @throws IllegalArgumentException when the rows do not fit the network
     */
    public static Evaluation evaluate(Network network, Dataset data, int batchSize) {
        TrainingRun.checkData(network, data);
        if (batchSize < 1) {
            throw new IllegalArgumentException("evaluation batch size must be >= 1, got " + batchSize);
        }
        int d = data.numFeatures();
        int classes = network.classes();
        CrossEntropyLoss loss = new CrossEntropyLoss(classes);
        float[] images = new float[Math.min(batchSize, data.size()) * d];
        int[] labels = new int[Math.min(batchSize, data.size())];
        double totalLoss = 0;
        long correct = 0;
        for (int start = 0; start < data.size(); start += batchSize) {
            int batch = Math.min(batchSize, data.size() - start);
            System.arraycopy(data.features(), start * d, images, 0, batch * d);
            System.arraycopy(data.labels(), start, labels, 0, batch);
            float[] logits = network.forward(images, batch, Mode.EVAL);
            totalLoss += loss.forward(logits, labels, batch) * batch;
            correct += TrainingRun.countCorrect(logits, labels, batch, classes);
        }
        return new Evaluation(totalLoss / data.size(), (double) correct / data.size());
    }
}
