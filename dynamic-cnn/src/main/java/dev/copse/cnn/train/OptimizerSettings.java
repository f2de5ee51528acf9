package dev.copse.cnn.train;

import dev.copse.core.optim.Adam;
import dev.copse.core.optim.AdamOptions;
import dev.copse.core.optim.LearningRateSchedule;
import dev.copse.core.optim.Optimizer;
import dev.copse.core.optim.Sgd;
import dev.copse.core.optim.SgdOptions;

/**
 * Which core optimizer trains the network, with its base learning rate. Weight decay applies to every
 * parameter (weights, biases and batch-norm scales alike), as in PyTorch's default parameter group.
 */
public sealed interface OptimizerSettings {

    /** The learning rate before any schedule. */
    double learningRate();

    /** A fresh optimizer for one parameter buffer of {@code size} floats. */
    Optimizer create(int size, LearningRateSchedule schedule);

    /** SGD with momentum 0.9 and the given learning rate and weight decay. */
    static OptimizerSettings sgd(double learningRate, double weightDecay) {
        return new SgdSettings(learningRate, 0.9, weightDecay);
    }

    /** Adam with the paper's betas and the given learning rate and (coupled L2) weight decay. */
    static OptimizerSettings adam(double learningRate, double weightDecay) {
        return new AdamSettings(learningRate, 0.9, 0.999, weightDecay);
    }

    /**
     * Stochastic gradient descent with heavy-ball momentum and coupled weight decay ({@link Sgd}).
     *
     * @param learningRate finite and {@code > 0}
     * @param momentum     in {@code [0, 1)}
     * @param weightDecay  finite and {@code >= 0}
     */
    record SgdSettings(double learningRate, double momentum, double weightDecay) implements OptimizerSettings {

        /** @throws IllegalArgumentException naming the field that is out of range */
        public SgdSettings {
            TrainingChecks.positive("SgdSettings.learningRate", learningRate);
            new SgdOptions(momentum, weightDecay);
        }

        @Override
        public Optimizer create(int size, LearningRateSchedule schedule) {
            return new Sgd(size, new SgdOptions(momentum, weightDecay), schedule);
        }
    }

    /**
     * Adam with bias correction and coupled L2 weight decay ({@link Adam}).
     *
     * @param learningRate finite and {@code > 0}
     * @param beta1        in {@code [0, 1)}
     * @param beta2        in {@code [0, 1)}
     * @param weightDecay  finite and {@code >= 0}
     */
    record AdamSettings(double learningRate, double beta1, double beta2, double weightDecay)
            implements OptimizerSettings {

        /** @throws IllegalArgumentException naming the field that is out of range */
        public AdamSettings {
            TrainingChecks.positive("AdamSettings.learningRate", learningRate);
            options(beta1, beta2, weightDecay);
        }

        @Override
        public Optimizer create(int size, LearningRateSchedule schedule) {
            return new Adam(size, options(beta1, beta2, weightDecay), schedule);
        }

        private static AdamOptions options(double beta1, double beta2, double weightDecay) {
            return new AdamOptions(beta1, beta2, 1e-8, weightDecay, AdamOptions.WeightDecayStyle.COUPLED_L2);
        }
    }
}
