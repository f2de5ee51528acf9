package dev.copse.cnn.layer;

import dev.copse.core.kernel.Gemm;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.LayerMacs;
import java.util.List;

/**
 * A fully connected layer {@code y = x W^T + b} over the batch at once: {@code x [N][in]},
 * {@code W [out][in]}, {@code y [N][out]}. Backward: {@code dW += dy^T x}, {@code db += sum_n dy},
 * {@code dx = dy W}, three matrix products (the GEMM is bit-for-bit independent of the thread count).
 *
 * <p>Parameters: {@code weight [out][in]} (He normal, fan-in {@code in}) and {@code bias [out]} (zero). A
 * sample of any shape is read as its flat vector of {@code in = inputShape().size()} values.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class Linear implements Layer {

    private final String name;
    private final TensorShape in;
    private final TensorShape out;
    private final Parameter weight;
    private final Parameter bias;

    private float[] input;
    private int batch;
    private float[] output;
    private float[] gradInput;

    /**
     * @param input       the shape of one input sample, flattened
     * @param outFeatures outputs per sample, {@code >= 1}
     */
    public Linear(String name, TensorShape input, int outFeatures, ParameterSource source) {
        this(name, input, TensorShape.vector(outFeatures),
                source.heNormal(name + ".weight", input.size(), outFeatures, input.size()),
                source.constant(name + ".bias", 0f, outFeatures));
    }

    private Linear(String name, TensorShape in, TensorShape out, Parameter weight, Parameter bias) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.weight = weight;
        this.bias = bias;
    }

    @Override
    public TensorShape inputShape() {
        return in;
    }

    @Override
    public TensorShape outputShape() {
        return out;
    }

    /** The weight, {@code [out][in]}. */
    public Parameter weight() {
        return weight;
    }

    /** The bias, {@code [out]}. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public float[] forward(float[] x, int batch, Mode mode) {
        Buffers.checkInput(name, x, batch, in.size());
        this.input = x;
        this.batch = batch;
        int d = in.size();
        int k = out.size();
        output = Buffers.ensure(output, (long) batch * k);
        float[] b = bias.values();
        for (int n = 0; n < batch; n++) {
            System.arraycopy(b, 0, output, n * k, k);
        }
        Gemm.sgemm(false, true, batch, k, d, 1f, x, 0, d, weight.values(), 0, d, 1f, output, 0, k);
        return output;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient(name, gradOutput, batch, out.size());
        int d = in.size();
        int k = out.size();
        Gemm.sgemm(true, false, k, d, batch, 1f, gradOutput, 0, k, input, 0, d, 1f, weight.gradients(), 0, d);
        float[] db = bias.gradients();
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                sum += gradOutput[n * k + j];
            }
            db[j] += (float) sum;
        }
        if (!inputGradient) {
            return null;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * d);
        Gemm.sgemm(false, false, batch, d, k, 1f, gradOutput, 0, k, weight.values(), 0, d, 0f, gradInput, 0, d);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weight, bias);
    }

    @Override
    public List<RunningState> runningStates() {
        return List.of();
    }

    /** {@code in * out} float32 MACs, {@code out} bias additions, weights and bias read, input and output moved. */
    @Override
    public void recordCost(CostLedger ledger) {
        ledger.addMacs(LayerMacs.linear(in.size(), out.size()), 32, 32);
        ledger.addOtherFlops(out.size());
        ledger.addParameterBytesRead(4L * (weight.size() + bias.size()));
        ledger.addActivationBytesMoved(4L * (in.size() + out.size()));
    }

    @Override
    public Linear replica() {
        return new Linear(name, in, out, weight, bias);
    }
}
