package dev.copse.cnn.sase;

import dev.copse.cnn.layer.BatchParallel;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Layer;
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
 * Classic squeeze-excitation (Hu, Shen and Sun, "Squeeze-and-Excitation Networks", CVPR 2018, figure 3):
 * {@code s = sigmoid(W2 relu(W1 pool(x) + b1) + b2)} with {@code W1: C -> max(1, C / r)} and
 * {@code W2: C / r -> C}, and {@code y_c = s_c x_c}: one scale per channel, the same at every position. The
 * channel-only baseline of {@link SaseLayer}. Backward: {@code dx_c = dy_c s_c + d pool(x)_c}, where the
 * excitation's gradient is {@code ds_c = sum_p dy_c(p) x_c(p)}.
 *
 * <p>Parameters: {@code name.fc1} and {@code name.fc2} ({@code .weight}, {@code .bias}; 1x1 convolutions
 * over the pooled {@code C x 1 x 1} vector, He initialised). Not thread-safe (see {@link Layer}).
 */
public final class SqueezeExcitation implements Layer {

    private final TensorShape shape;
    private final Sequential excitation; // C x H x W -> C x 1 x 1
    private final int reduction;

    private int batch;
    private float[] input;
    private float[] scales;
    private float[] output;
    private float[] gradScales;
    private float[] gradInput;

    /**
     * @param reduction the reduction ratio {@code r >= 1}
     * @throws IllegalArgumentException when {@code reduction < 1}
     */
    public SqueezeExcitation(String name, TensorShape shape, int reduction, ParameterSource source) {
        if (reduction < 1) {
            throw new IllegalArgumentException(name + ": reduction must be >= 1, got " + reduction);
        }
        this.shape = shape;
        this.reduction = reduction;
        int hidden = Math.max(1, shape.channels() / reduction);
        GlobalAvgPool pool = new GlobalAvgPool(shape);
        Conv2d fc1 = new Conv2d(name + ".fc1", ConvSpec.square(shape.channels(), hidden, 1, 1, 0).withBias(true),
                pool.outputShape(), source);
        Conv2d fc2 = new Conv2d(name + ".fc2", ConvSpec.square(hidden, shape.channels(), 1, 1, 0).withBias(true),
                fc1.outputShape(), source);
        this.excitation = new Sequential(List.of(pool, fc1, new ReluActivation(fc1.outputShape()), fc2,
                new SigmoidActivation(fc2.outputShape())));
    }

    private SqueezeExcitation(SqueezeExcitation other) {
        this.shape = other.shape;
        this.reduction = other.reduction;
        this.excitation = other.excitation.replica();
    }

    @Override
    public TensorShape inputShape() {
        return shape;
    }

    @Override
    public TensorShape outputShape() {
        return shape;
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        Buffers.checkInput("squeeze-excitation", x, batch, shape.size());
        this.batch = batch;
        this.input = x;
        this.scales = excitation.forward(x, batch, mode);
        output = Buffers.ensure(output, (long) batch * shape.size());
        int plane = shape.plane();
        float[] s = scales;
        float[] y = output;
        BatchParallel.forEachRange(batch * shape.channels(), plane, (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                for (int i = c * plane, end = i + plane; i < end; i++) {
                    y[i] = x[i] * s[c];
                }
            }
        });
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("squeeze-excitation", gradOutput, batch, shape.size());
        int planes = batch * shape.channels();
        int plane = shape.plane();
        gradScales = Buffers.ensure(gradScales, planes);
        for (int c = 0; c < planes; c++) {
            double sum = 0;
            for (int i = c * plane, end = i + plane; i < end; i++) {
                sum += (double) gradOutput[i] * input[i];
            }
            gradScales[c] = (float) sum;
        }
        float[] fromScales = excitation.backward(gradScales, inputGradient);
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * shape.size());
        for (int c = 0; c < planes; c++) {
            float s = scales[c];
            for (int i = c * plane, end = i + plane; i < end; i++) {
                gradInput[i] = gradOutput[i] * s + fromScales[i];
            }
        }
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return excitation.parameters();
    }

    @Override
    public List<RunningState> runningStates() {
        return excitation.runningStates();
    }

    /** The excitation layer by layer, then {@code C H W} multiplications (other FLOPs), input read, output written. */
    @Override
    public void recordCost(CostLedger ledger) {
        excitation.recordCost(ledger);
        ledger.addOtherFlops(shape.size());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    @Override
    public SqueezeExcitation replica() {
        return new SqueezeExcitation(this);
    }
}
