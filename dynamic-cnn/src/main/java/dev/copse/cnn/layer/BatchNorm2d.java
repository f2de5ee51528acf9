package dev.copse.cnn.layer;

import dev.copse.core.kernel.Blas1;
import dev.copse.core.kernel.Elementwise;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * Batch normalisation over the batch and spatial positions of each channel (Ioffe and Szegedy, "Batch
 * Normalization", ICML 2015, Algorithm 1): {@code y = gamma * (x - mu) / sqrt(var + eps) + beta}.
 *
 * <p>In {@link Mode#TRAIN}, {@code mu} and {@code var} are the channel's mean and biased variance over the
 * {@code M = N H W} values of the batch ({@code E[x^2] - E[x]^2} from sums accumulated in double by
 * {@link Blas1}), and the running estimates move by
 * {@code r = (1 - momentum) r + momentum * batch}, with the unbiased variance {@code var M / (M - 1)} for the
 * running variance (as PyTorch does). In {@link Mode#EVAL} the running estimates are used.
 *
 * <p>Backward with batch statistics (the paper's section 3, with {@code x^ = (x - mu) / sigma}):
 * {@code dx = gamma / sigma * (dy - mean(dy) - x^ mean(dy x^))}, {@code dgamma = sum dy x^},
 * {@code dbeta = sum dy}; after an eval-mode forward the statistics are constants and
 * {@code dx = gamma / sigma * dy}. The normalised input is recomputed from the input in backward rather
 * than stored.
 *
 * <p>Parameters: {@code weight} (gamma, 1) and {@code bias} (beta, 0), one per channel. Running states:
 * {@code running_mean} (0) and {@code running_var} (1). Defaults as PyTorch: momentum 0.1, eps 1e-5.
 *
 * <p>Not thread-safe (see {@link Layer}); work is split over channels.
 */
public final class BatchNorm2d implements Layer {

    /** Weight of the newest batch in the running estimates. */
    public static final float MOMENTUM = 0.1f;
    /** Added to the variance before the square root. */
    public static final float EPSILON = 1e-5f;

    private final String name;
    private final TensorShape shape;
    private final Parameter gamma;
    private final Parameter beta;
    private final RunningState runningMean;
    private final RunningState runningVar;
    private final boolean relu;
    private final float[] mean;
    private final float[] invStd;

    private float[] input;
    private int batch;
    private Mode mode;
    private float[] output;
    private float[] gradInput;
    private float[] gated;
    private float[] channelsOutput;

    /**
     * @param name  qualified name of the parameters ({@code name.weight}, ...)
     * @param shape the shape of one sample; one pair of parameters per channel
     */
    public BatchNorm2d(String name, TensorShape shape, ParameterSource source) {
        this(name, shape, source, false);
    }

    private BatchNorm2d(String name, TensorShape shape, ParameterSource source, boolean relu) {
        this(name, shape, source.constant(name + ".weight", 1f, shape.channels()),
                source.constant(name + ".bias", 0f, shape.channels()),
                source.state(name + ".running_mean", 0f, shape.channels()),
                source.state(name + ".running_var", 1f, shape.channels()), relu);
    }

    /**
     * Batch normalisation followed by a ReLU in the same pass, {@code y = max(0, bn(x))}: the same parameters
     * as {@link #BatchNorm2d(String, TensorShape, ParameterSource)}, one pass over the data fewer in each
     * direction.
     */
    public static BatchNorm2d withRelu(String name, TensorShape shape, ParameterSource source) {
        return new BatchNorm2d(name, shape, source, true);
    }

    private BatchNorm2d(String name, TensorShape shape, Parameter gamma, Parameter beta, RunningState runningMean,
                        RunningState runningVar, boolean relu) {
        this.name = name;
        this.relu = relu;
        this.shape = shape;
        this.gamma = gamma;
        this.beta = beta;
        this.runningMean = runningMean;
        this.runningVar = runningVar;
        this.mean = new float[shape.channels()];
        this.invStd = new float[shape.channels()];
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
        Buffers.checkInput(name, x, batch, shape.size());
        if (mode == Mode.TRAIN && batch * shape.plane() < 2) {
            throw new IllegalArgumentException(name + ": batch normalisation in training needs more than one value "
                    + "per channel; use a batch of at least 2 samples");
        }
        this.input = x;
        this.batch = batch;
        this.mode = mode;
        output = Buffers.ensure(output, (long) batch * shape.size());
        int channels = shape.channels();
        BatchParallel.forEachRange(channels, 4L * batch * shape.plane(), (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                forwardChannel(c);
            }
        });
        return output;
    }

    /**
     * Inference on the first {@code channels} channels only, read from a compact
     * {@code [batch][channels][H][W]} buffer (channel skipping, see {@link ConvChannelSubset}): each value goes
     * through its channel's running-statistics affine map (and the fused ReLU), exactly as in
     * {@link Mode#EVAL}. Does not touch the state {@link #backward} uses.
     *
     * @return a buffer of this layer's, {@code [batch][channels][H][W]}, overwritten by the next call
     * @throws IllegalArgumentException when {@code channels} is outside {@code [1, C]} or the input is too short
     */
    public float[] inferenceChannels(float[] x, int batch, int channels) {
        if (channels < 1 || channels > shape.channels()) {
            throw new IllegalArgumentException(name + ": channel subset " + channels + " must lie in [1, "
                    + shape.channels() + "]");
        }
        int plane = shape.plane();
        int size = channels * plane;
        Buffers.checkInput(name + " channels " + channels, x, batch, size);
        channelsOutput = Buffers.ensure(channelsOutput, (long) batch * size);
        float[] y = channelsOutput;
        for (int c = 0; c < channels; c++) {
            float inv = (float) (1 / Math.sqrt(runningVar.values()[c] + (double) EPSILON));
            float scale = gamma.values()[c] * inv;
            float shift = beta.values()[c] - runningMean.values()[c] * scale;
            for (int n = 0; n < batch; n++) {
                int o = n * size + c * plane;
                if (relu) {
                    Elementwise.affineRelu(plane, scale, x, o, shift, y, o);
                } else {
                    Elementwise.affine(plane, scale, x, o, shift, y, o);
                }
            }
        }
        return y;
    }

    private void forwardChannel(int c) {
        int plane = shape.plane();
        int stride = shape.size();
        float mu;
        float inv;
        if (mode == Mode.TRAIN) {
            double sum = 0;
            double squares = 0;
            for (int n = 0; n < batch; n++) {
                int o = n * stride + c * plane;
                sum += Blas1.sum(plane, input, o);
                squares += Blas1.dot(plane, input, o, input, o);
            }
            long count = (long) batch * plane;
            double m = sum / count;
            // E[x^2] - E[x]^2 with both sums in double; batch-norm inputs have |mean| of the order of their
            // spread, so the cancellation costs a few bits of float precision at most.
            double var = Math.max(0, squares / count - m * m);
            mu = (float) m;
            inv = (float) (1 / Math.sqrt(var + EPSILON));
            float[] rm = runningMean.values();
            float[] rv = runningVar.values();
            rm[c] = (float) ((1 - MOMENTUM) * rm[c] + MOMENTUM * m);
            rv[c] = (float) ((1 - MOMENTUM) * rv[c] + MOMENTUM * var * count / (count - 1));
        } else {
            mu = runningMean.values()[c];
            inv = (float) (1 / Math.sqrt(runningVar.values()[c] + (double) EPSILON));
        }
        mean[c] = mu;
        invStd[c] = inv;
        float scale = gamma.values()[c] * inv;
        float shift = beta.values()[c] - mu * scale;
        float[] x = input;
        float[] y = output;
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            if (relu) {
                Elementwise.affineRelu(plane, scale, x, o, shift, y, o);
            } else {
                Elementwise.affine(plane, scale, x, o, shift, y, o);
            }
        }
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, shape.size());
        if (inputGradient) {
            gradInput = Buffers.ensure(gradInput, (long) batch * shape.size());
        }
        if (relu) {
            gated = Buffers.ensure(gated, (long) batch * shape.size());
        }
        BatchParallel.forEachRange(shape.channels(), 4L * batch * shape.plane(), (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                backwardChannel(gradOutput, c, inputGradient);
            }
        });
        return inputGradient ? gradInput : null;
    }

    /**
     * With {@code g} the gradient after the fused ReLU (zero where the output is 0), {@code x^ = (x - mu) inv}:
     * {@code dx = scale (g - mean(g) - x^ mean(g x^))}, computed as {@code a g + b x + c} per channel.
     */
    private void backwardChannel(float[] dy, int c, boolean inputGradient) {
        int plane = shape.plane();
        int stride = shape.size();
        float mu = mean[c];
        float inv = invStd[c];
        float[] g = relu ? gated : dy;
        float[] x = input;
        double sumG = 0;
        double sumGx = 0;
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            if (relu) {
                Elementwise.reluBackward(plane, dy, o, output, o, g, o);
            }
            sumG += Blas1.sum(plane, g, o);
            sumGx += Blas1.dot(plane, g, o, x, o);
        }
        double sumGxhat = (sumGx - mu * sumG) * inv;
        gamma.gradients()[c] += (float) sumGxhat;
        beta.gradients()[c] += (float) sumG;
        if (!inputGradient) {
            return;
        }
        float scale = gamma.values()[c] * inv;
        float a = scale;
        float b = 0f;
        float k = 0f;
        if (mode == Mode.TRAIN) {
            long count = (long) batch * plane;
            double meanG = sumG / count;
            double meanGxhat = sumGxhat / count;
            b = (float) (-scale * inv * meanGxhat);
            k = (float) (-scale * meanG + scale * mu * inv * meanGxhat);
        }
        float[] dx = gradInput;
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            Elementwise.combine(plane, a, g, o, b, x, o, k, dx, o);
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(gamma, beta);
    }

    @Override
    public List<RunningState> runningStates() {
        return List.of(runningMean, runningVar);
    }

    /**
     * One sample in inference: the affine map {@code y = a x + b} per value (2 other FLOPs each; with the
     * fused ReLU also one comparison each), the two per-channel coefficients read, input read and output
     * written.
     */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addOtherFlops(2L * shape.size());
        if (relu) {
            ledger.addComparisons(shape.size());
        }
        ledger.addParameterBytesRead(8L * shape.channels());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    /** As {@link #recordCost}, for one sample of {@link #inferenceChannels} on {@code channels} channels. */
    public void recordChannelsCost(CostLedger ledger, int channels) {
        long values = (long) channels * shape.plane();
        ledger.addOtherFlops(2L * values);
        if (relu) {
            ledger.addComparisons(values);
        }
        ledger.addParameterBytesRead(8L * channels);
        ledger.addActivationBytesMoved(8L * values);
    }

    @Override
    public BatchNorm2d replica() {
        return new BatchNorm2d(name, shape, gamma, beta, runningMean, runningVar, relu);
    }
}
