package dev.copse.cnn.sase;

import dev.copse.cnn.layer.BatchParallel;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.ReluActivation;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.SigmoidActivation;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * Channel-only excitation of a target map by a source map, the squeeze-excitation of Hu, Shen and Sun
 * ("Squeeze-and-Excitation Networks", CVPR 2018, figure 3) with the squeeze taken from a possibly different
 * map: {@code s = sigmoid(W2 relu(W1 pool(source) + b1) + b2)} with {@code W1: C_s -> max(1, C_s / r)} and
 * {@code W2 -> C_t}, and {@code y_c = s_c target_c}: one scale per target channel, the same at every
 * position. With source = target it is classic SE ({@link SqueezeExcitation}); with an early source and a
 * later, larger target it is the channel-only skip-layer excitation that {@link SaseModule} is compared
 * with in generators. Source and target may differ in every dimension.
 *
 * <p>Backward: {@code dtarget_c = dy_c s_c}; the excitation receives {@code ds_c = sum_p dy_c(p) target_c(p)}
 * and passes its gradient on to the source.
 *
 * <p>Parameters: {@code name.fc1} and {@code name.fc2} ({@code .weight}, {@code .bias}; 1x1 convolutions
 * over the pooled {@code C_s x 1 x 1} vector, He initialised). Buffers are owned and reused as a layer's
 * are. Not thread-safe; {@link #replica()} shares the parameters.
 */
public final class ChannelExcitation implements ExcitationModule {

    private final TensorShape source;
    private final TensorShape target;
    private final Sequential excitation; // C_s x Hs x Ws -> C_t x 1 x 1

    private int batch;
    private float[] targetInput;
    private float[] scales;
    private float[] output;
    private float[] gradScales;
    private float[] gradTarget;
    private float[] gradSource;

    /**
     * @param reduction the reduction ratio {@code r >= 1} of the hidden width {@code max(1, C_s / r)}
     * @throws IllegalArgumentException when {@code reduction < 1}
     */
    public ChannelExcitation(String name, TensorShape source, TensorShape target, int reduction,
                             ParameterSource parameters) {
        if (reduction < 1) {
            throw new IllegalArgumentException(name + ": reduction must be >= 1, got " + reduction);
        }
        this.source = source;
        this.target = target;
        int hidden = Math.max(1, source.channels() / reduction);
        GlobalAvgPool pool = new GlobalAvgPool(source);
        Conv2d fc1 = new Conv2d(name + ".fc1", ConvSpec.square(source.channels(), hidden, 1, 1, 0).withBias(true),
                pool.outputShape(), parameters);
        Conv2d fc2 = new Conv2d(name + ".fc2", ConvSpec.square(hidden, target.channels(), 1, 1, 0).withBias(true),
                fc1.outputShape(), parameters);
        this.excitation = new Sequential(List.of(pool, fc1, new ReluActivation(fc1.outputShape()), fc2,
                new SigmoidActivation(fc2.outputShape())));
    }

    private ChannelExcitation(ChannelExcitation other) {
        this.source = other.source;
        this.target = other.target;
        this.excitation = other.excitation.replica();
    }

    /** The shape of one source sample. */
    public TensorShape sourceShape() {
        return source;
    }

    /** The shape of one target sample, which is also the output's. */
    public TensorShape targetShape() {
        return target;
    }

    /**
     * Scales each target channel by the excitation of the matching source sample.
     *
     * @return the output buffer, {@code [batch][C_t][Ht][Wt]} in its first floats, valid until the next forward;
     *         the caller must leave both inputs unchanged until {@link #backward} has returned
     */
    public float[] forward(float[] sourceMap, float[] targetMap, int batch, Mode mode) {
        Buffers.checkInput("channel-excitation", targetMap, batch, target.size());
        this.batch = batch;
        this.targetInput = targetMap;
        this.scales = excitation.forward(sourceMap, batch, mode);
        output = Buffers.ensure(output, (long) batch * target.size());
        int plane = target.plane();
        float[] s = scales;
        float[] y = output;
        BatchParallel.forEachRange(batch * target.channels(), plane, (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                for (int i = c * plane, end = i + plane; i < end; i++) {
                    y[i] = targetMap[i] * s[c];
                }
            }
        });
        return output;
    }

    /**
     * Back-propagates the gradient with respect to the last forward's output: adds to the parameters'
     * gradients and fills {@link #sourceGradient()} and {@link #targetGradient()}.
     */
    public void backward(float[] gradOutput) {
        Buffers.checkGradient("channel-excitation", gradOutput, batch, target.size());
        int planes = batch * target.channels();
        int plane = target.plane();
        gradScales = Buffers.ensure(gradScales, planes);
        gradTarget = Buffers.ensure(gradTarget, (long) batch * target.size());
        for (int c = 0; c < planes; c++) {
            double sum = 0;
            float s = scales[c];
            for (int i = c * plane, end = i + plane; i < end; i++) {
                sum += (double) gradOutput[i] * targetInput[i];
                gradTarget[i] = gradOutput[i] * s;
            }
            gradScales[c] = (float) sum;
        }
        gradSource = excitation.backward(gradScales, true);
    }

    /** The gradient with respect to the last forward's source, after backward (a buffer of the module). */
    public float[] sourceGradient() {
        return gradSource;
    }

    /** The gradient with respect to the last forward's target, after backward (a buffer of the module). */
    public float[] targetGradient() {
        return gradTarget;
    }

    /** The trainable parameters: fc1's, then fc2's. */
    public List<Parameter> parameters() {
        return excitation.parameters();
    }

    /** The convolutions' quantizer ranges. */
    public List<RunningState> runningStates() {
        return excitation.runningStates();
    }

    /**
     * Adds one sample's cost: the excitation layer by layer, then {@code C_t Ht Wt} multiplications (other
     * FLOPs), the target read and the output written.
     */
    public void recordCost(CostLedger ledger) {
        excitation.recordCost(ledger);
        ledger.addOtherFlops(target.size());
        ledger.addActivationBytesMoved(8L * target.size());
    }

    /** A module sharing this one's parameters and running states, with buffers of its own. */
    public ChannelExcitation replica() {
        return new ChannelExcitation(this);
    }
}
