package dev.copse.cnn.model;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * A trainable image classifier: images in, class logits out, with a backward pass to its parameters. The
 * mutable working form of a model ({@link CnnModel} is the immutable, saved one): it owns activation
 * buffers and is what {@link dev.copse.cnn.train.CnnTrainer} trains.
 *
 * <p>Not thread-safe; {@link #replica()} gives another instance over the same parameters.
 */
public interface Network {

    /** The architecture this network was built from. */
    Architecture architecture();

    /** The shape of one input image. */
    default TensorShape inputShape() {
        return architecture().inputShape();
    }

    /** Number of classes (logits per image). */
    default int classes() {
        return architecture().classes();
    }

    /**
     * The logits of {@code batch} images read from {@code images[0, batch * inputShape().size())}.
     *
     * @return a buffer owned by the network, {@code [batch][classes]} in its first floats, valid until the
     *         next forward
     */
    float[] forward(float[] images, int batch, Mode mode);

    /**
     * Back-propagates the gradient of the loss with respect to the last forward's logits, adding to every
     * parameter's gradient (the gradient with respect to the images is not computed).
     */
    void backward(float[] gradLogits);

    /** Every trainable parameter, in a fixed order. */
    List<Parameter> parameters();

    /** Every running estimate (batch-norm statistics, quantizer ranges), in a fixed order. */
    List<RunningState> runningStates();

    /** Adds the realised cost of one image's full-precision inference (every layer runs). */
    void recordCost(CostLedger ledger);

    /** A network over the same parameters and running states with buffers of its own. */
    Network replica();
}
