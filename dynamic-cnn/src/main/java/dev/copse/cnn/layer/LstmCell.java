package dev.copse.cnn.layer;

import dev.copse.core.kernel.Gemm;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.List;

/**
 * One step of a long short-term memory cell (Hochreiter and Schmidhuber, 1997, with a forget gate, as in
 * PyTorch's {@code LSTMCell}), over a batch:
 * <pre>
 *   [i f g o] = x W_ih^T + h W_hh^T + b          (4 H pre-activations per sample, in this order)
 *   i, f, o   = sigmoid(.)     g = tanh(.)
 *   c' = f * c + i * g         h' = o * tanh(c')
 * </pre>
 * A missing previous state ({@code null}) is zero, which is how a state reset per input starts.
 *
 * <p>Backward takes the gradients with respect to {@code h'} and {@code c'} (the latter from the next step,
 * or null) and yields those with respect to {@code x}, {@code h} and {@code c}; parameter gradients are
 * added. A cell shared by several steps uses one {@link #replica()} per step (shared weights, separate
 * buffers), and the backward passes run from the last step to the first.
 *
 * <p>Parameters: {@code weight_ih [4H][in]}, {@code weight_hh [4H][H]}, {@code bias [4H]}, initialised
 * uniformly in {@code [-1/sqrt(H), 1/sqrt(H)]} as in PyTorch (gates are not followed by a ReLU, so He
 * initialisation does not apply).
 *
 * <p>Not thread-safe.
 */
public final class LstmCell {

    private final String name;
    private final int inputSize;
    private final int hiddenSize;
    private final Parameter weightIh;
    private final Parameter weightHh;
    private final Parameter bias;

    private float[] x;
    private float[] h0;
    private float[] c0;
    private int batch;
    private float[] gates;
    private float[] cell;
    private float[] tanhCell;
    private float[] hidden;
    private float[] gradGates;
    private float[] gradInput;
    private float[] gradHidden;
    private float[] gradCell;

    /**
     * @param inputSize  features of {@code x}, {@code >= 1}
     * @param hiddenSize features of {@code h} and {@code c}, {@code >= 1}
     */
    public LstmCell(String name, int inputSize, int hiddenSize, ParameterSource source) {
        this(name, inputSize, hiddenSize,
                source.uniform(name + ".weight_ih", bound(hiddenSize), 4 * hiddenSize, inputSize),
                source.uniform(name + ".weight_hh", bound(hiddenSize), 4 * hiddenSize, hiddenSize),
                source.uniform(name + ".bias", bound(hiddenSize), 4 * hiddenSize));
    }

    private LstmCell(String name, int inputSize, int hiddenSize, Parameter weightIh, Parameter weightHh,
                     Parameter bias) {
        this.name = name;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.weightIh = weightIh;
        this.weightHh = weightHh;
        this.bias = bias;
    }

    private static float bound(int hiddenSize) {
        if (hiddenSize < 1) {
            throw new IllegalArgumentException("LSTM hidden size must be >= 1, got " + hiddenSize);
        }
        return (float) (1 / Math.sqrt(hiddenSize));
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    /**
     * One step for {@code batch} samples.
     *
     * @param x  inputs {@code [batch][inputSize]}
     * @param h0 previous hidden state {@code [batch][hiddenSize]}, or null for zero
     * @param c0 previous cell state {@code [batch][hiddenSize]}, or null for zero
     */
    public void forward(float[] x, float[] h0, float[] c0, int batch) {
        Buffers.checkInput(name, x, batch, inputSize);
        if (h0 != null) {
            Buffers.checkInput(name + " (hidden state)", h0, batch, hiddenSize);
        }
        if (c0 != null) {
            Buffers.checkInput(name + " (cell state)", c0, batch, hiddenSize);
        }
        this.x = x;
        this.h0 = h0;
        this.c0 = c0;
        this.batch = batch;
        int g4 = 4 * hiddenSize;
        gates = Buffers.ensure(gates, (long) batch * g4);
        cell = Buffers.ensure(cell, (long) batch * hiddenSize);
        tanhCell = Buffers.ensure(tanhCell, (long) batch * hiddenSize);
        hidden = Buffers.ensure(hidden, (long) batch * hiddenSize);
        for (int n = 0; n < batch; n++) {
            System.arraycopy(bias.values(), 0, gates, n * g4, g4);
        }
        Gemm.sgemm(false, true, batch, g4, inputSize, 1f, x, 0, inputSize, weightIh.values(), 0, inputSize, 1f,
                gates, 0, g4);
        if (h0 != null) {
            Gemm.sgemm(false, true, batch, g4, hiddenSize, 1f, h0, 0, hiddenSize, weightHh.values(), 0, hiddenSize,
                    1f, gates, 0, g4);
        }
        int hs = hiddenSize;
        for (int n = 0; n < batch; n++) {
            int gate = n * g4;
            for (int j = 0; j < hs; j++) {
                float i = sigmoid(gates[gate + j]);
                float f = sigmoid(gates[gate + hs + j]);
                float g = (float) Math.tanh(gates[gate + 2 * hs + j]);
                float o = sigmoid(gates[gate + 3 * hs + j]);
                gates[gate + j] = i;
                gates[gate + hs + j] = f;
                gates[gate + 2 * hs + j] = g;
                gates[gate + 3 * hs + j] = o;
                int s = n * hs + j;
                float c = f * (c0 == null ? 0f : c0[s]) + i * g;
                float t = (float) Math.tanh(c);
                cell[s] = c;
                tanhCell[s] = t;
                hidden[s] = o * t;
            }
        }
    }

    /** The new hidden state {@code h'} of the last forward, {@code [batch][hiddenSize]} (a shared buffer). */
    public float[] hidden() {
        return hidden;
    }

    /** The new cell state {@code c'} of the last forward, {@code [batch][hiddenSize]} (a shared buffer). */
    public float[] cell() {
        return cell;
    }

    /**
     * Back-propagates through the last forward step.
     *
     * @param gradHiddenOut gradient with respect to {@code h'}, {@code [batch][hiddenSize]}
     * @param gradCellOut   gradient with respect to {@code c'} from the next step, or null for none
     * @throws IllegalStateException when no forward preceded it
     */
    public void backward(float[] gradHiddenOut, float[] gradCellOut) {
        Buffers.checkGradient(name, gradHiddenOut, batch, hiddenSize);
        int hs = hiddenSize;
        int g4 = 4 * hs;
        gradGates = Buffers.ensure(gradGates, (long) batch * g4);
        gradCell = Buffers.ensure(gradCell, (long) batch * hs);
        for (int n = 0; n < batch; n++) {
            int gate = n * g4;
            for (int j = 0; j < hs; j++) {
                int s = n * hs + j;
                float i = gates[gate + j];
                float f = gates[gate + hs + j];
                float g = gates[gate + 2 * hs + j];
                float o = gates[gate + 3 * hs + j];
                float t = tanhCell[s];
                float dh = gradHiddenOut[s];
                float dc = dh * o * (1 - t * t) + (gradCellOut == null ? 0f : gradCellOut[s]);
                float previous = c0 == null ? 0f : c0[s];
                gradGates[gate + j] = dc * g * i * (1 - i);
                gradGates[gate + hs + j] = dc * previous * f * (1 - f);
                gradGates[gate + 2 * hs + j] = dc * i * (1 - g * g);
                gradGates[gate + 3 * hs + j] = dh * t * o * (1 - o);
                gradCell[s] = dc * f;
            }
        }
        Gemm.sgemm(true, false, g4, inputSize, batch, 1f, gradGates, 0, g4, x, 0, inputSize, 1f,
                weightIh.gradients(), 0, inputSize);
        if (h0 != null) {
            Gemm.sgemm(true, false, g4, hs, batch, 1f, gradGates, 0, g4, h0, 0, hs, 1f, weightHh.gradients(), 0, hs);
        }
        float[] db = bias.gradients();
        for (int k = 0; k < g4; k++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                sum += gradGates[n * g4 + k];
            }
            db[k] += (float) sum;
        }
        gradInput = Buffers.ensure(gradInput, (long) batch * inputSize);
        gradHidden = Buffers.ensure(gradHidden, (long) batch * hs);
        Gemm.sgemm(false, false, batch, inputSize, g4, 1f, gradGates, 0, g4, weightIh.values(), 0, inputSize, 0f,
                gradInput, 0, inputSize);
        Gemm.sgemm(false, false, batch, hs, g4, 1f, gradGates, 0, g4, weightHh.values(), 0, hs, 0f, gradHidden, 0,
                hs);
        if (c0 == null) {
            Arrays.fill(gradCell, 0, batch * hs, 0f);
        }
    }

    /** Gradient with respect to the last forward's {@code x} (a shared buffer). */
    public float[] gradInput() {
        return gradInput;
    }

    /** Gradient with respect to the last forward's previous hidden state {@code h} (a shared buffer). */
    public float[] gradHidden() {
        return gradHidden;
    }

    /** Gradient with respect to the last forward's previous cell state {@code c} (a shared buffer). */
    public float[] gradCell() {
        return gradCell;
    }

    /** The parameters: {@code weight_ih}, {@code weight_hh}, {@code bias}. */
    public List<Parameter> parameters() {
        return List.of(weightIh, weightHh, bias);
    }

    /**
     * One sample's step: {@code 4H (in + H)} float32 MACs, {@code 4H} bias additions plus 3 element-wise
     * operations per hidden unit, {@code 5H} nonlinear evaluations (three sigmoids, two tanh), the weights
     * read and the states moved.
     */
    public void recordCost(CostLedger ledger) {
        long g4 = 4L * hiddenSize;
        ledger.addMacs(g4 * (inputSize + hiddenSize), 32, 32);
        ledger.addOtherFlops(g4 + 3L * hiddenSize);
        ledger.addNonlinear(5L * hiddenSize);
        ledger.addParameterBytesRead(4L * (weightIh.size() + weightHh.size() + bias.size()));
        ledger.addActivationBytesMoved(4L * (inputSize + 4L * hiddenSize));
    }

    /** A cell sharing these weights, with buffers of its own (one per step of an unrolled sequence). */
    public LstmCell replica() {
        return new LstmCell(name, inputSize, hiddenSize, weightIh, weightHh, bias);
    }

    private static float sigmoid(float v) {
        return (float) (1 / (1 + Math.exp(-v)));
    }
}
