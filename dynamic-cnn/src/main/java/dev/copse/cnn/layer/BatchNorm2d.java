package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * Batch normalisation over the batch and spatial positions of each channel (Ioffe and Szegedy, "Batch
 * Normalization", ICML 2015, Algorithm 1): {@code y = gamma * (x - mu) / sqrt(var + eps) + beta}.
 *
 * <p>In {@link Mode#TRAIN}, {@code mu} and {@code var} are the channel's mean and biased variance over the
 * {@code M = N H W} values of the batch (two passes, summed in double), and the running estimates move by
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
    private final float[] mean;
    private final float[] invStd;

    private float[] input;
    private int batch;
    private Mode mode;
    private float[] output;
    private float[] gradInput;

    /**
     * @param name  qualified name of the parameters ({@code name.weight}, ...)
     * @param shape the shape of one sample; one pair of parameters per channel
     */
    public BatchNorm2d(String name, TensorShape shape, ParameterSource source) {
        this(name, shape, source.constant(name + ".weight", 1f, shape.channels()),
                source.constant(name + ".bias", 0f, shape.channels()),
                source.state(name + ".running_mean", 0f, shape.channels()),
                source.state(name + ".running_var", 1f, shape.channels()));
    }

    private BatchNorm2d(String name, TensorShape shape, Parameter gamma, Parameter beta, RunningState runningMean,
                        RunningState runningVar) {
        this.name = name;
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

    private void forwardChannel(int c) {
        int plane = shape.plane();
        int stride = shape.size();
        float mu;
        float inv;
        if (mode == Mode.TRAIN) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                int o = n * stride + c * plane;
                for (int i = 0; i < plane; i++) {
                    sum += input[o + i];
                }
            }
            long count = (long) batch * plane;
            double m = sum / count;
            double squares = 0;
            for (int n = 0; n < batch; n++) {
                int o = n * stride + c * plane;
                for (int i = 0; i < plane; i++) {
                    double d = input[o + i] - m;
                    squares += d * d;
                }
            }
            double var = squares / count;
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
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            for (int i = 0; i < plane; i++) {
                output[o + i] = input[o + i] * scale + shift;
            }
        }
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, shape.size());
        if (inputGradient) {
            gradInput = Buffers.ensure(gradInput, (long) batch * shape.size());
        }
        BatchParallel.forEachRange(shape.channels(), 4L * batch * shape.plane(), (chunk, from, to) -> {
            for (int c = from; c < to; c++) {
                backwardChannel(gradOutput, c, inputGradient);
            }
        });
        return inputGradient ? gradInput : null;
    }

    private void backwardChannel(float[] dy, int c, boolean inputGradient) {
        int plane = shape.plane();
        int stride = shape.size();
        float mu = mean[c];
        float inv = invStd[c];
        double sumDy = 0;
        double sumDyXhat = 0;
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            for (int i = 0; i < plane; i++) {
                float g = dy[o + i];
                sumDy += g;
                sumDyXhat += g * ((input[o + i] - mu) * inv);
            }
        }
        gamma.gradients()[c] += (float) sumDyXhat;
        beta.gradients()[c] += (float) sumDy;
        if (!inputGradient) {
            return;
        }
        float scale = gamma.values()[c] * inv;
        if (mode == Mode.EVAL) {
            for (int n = 0; n < batch; n++) {
                int o = n * stride + c * plane;
                for (int i = 0; i < plane; i++) {
                    gradInput[o + i] = scale * dy[o + i];
                }
            }
            return;
        }
        long count = (long) batch * plane;
        float meanDy = (float) (sumDy / count);
        float meanDyXhat = (float) (sumDyXhat / count);
        for (int n = 0; n < batch; n++) {
            int o = n * stride + c * plane;
            for (int i = 0; i < plane; i++) {
                float xhat = (input[o + i] - mu) * inv;
                gradInput[o + i] = scale * (dy[o + i] - meanDy - xhat * meanDyXhat);
            }
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
     * One sample in inference: the affine map {@code y = a x + b} per value (2 other FLOPs each), the two
     * per-channel coefficients read, input read and output written.
     */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addOtherFlops(2L * shape.size());
        ledger.addParameterBytesRead(8L * shape.channels());
        ledger.addActivationBytesMoved(8L * shape.size());
    }

    @Override
    public BatchNorm2d replica() {
        return new BatchNorm2d(name, shape, gamma, beta, runningMean, runningVar);
    }
}
