package dev.copse.cnn.dfs;

import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Linear;
import dev.copse.cnn.layer.LstmCell;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.SoftmaxActivation;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * The DFS gate (METHODS.md section 5), one step per gated block {@code l}:
 * <pre>
 *   z_l = P_l · gap(x_{l-1}) + q_l         per-block 1x1 projection of the pooled features to {@value #PROJECTION} values
 *   (h_l, c_l) = LSTM(z_l, h_{l-1}, c_{l-1})   one cell shared by all blocks, hidden {@value #HIDDEN}, state zero per input
 *   p_l = softmax(W h_l + v)                one linear layer to the K options, shared by all blocks (Copse)
 *   m_l = onehot(argmax p_l)                the decision (ties: the cheaper option)
 * </pre>
 * Backward is straight-through: the gradient with respect to the one-hot {@code m_l} is passed unchanged as
 * the gradient with respect to {@code p_l}, and {@link #backward} takes it per step.
 *
 * <p><b>(Copse)</b> The gate reads its input detached: no gradient flows from the gate back into the
 * backbone's features, so the backbone learns only from the loss of the branches it ran.
 *
 * <p>Parameters: {@code gate.proj<l>.weight/bias} (l = the gated block's index in the backbone),
 * {@code gate.lstm.*}, {@code gate.out.weight/bias}. Not thread-safe.
 */
public final class BitwidthGate {

    /** Values the pooled features are projected to, the LSTM's input size. */
    public static final int PROJECTION = 10;
    /** Hidden size of the shared LSTM cell. */
    public static final int HIDDEN = 10;

    private final int options;
    private final List<GlobalAvgPool> pools = new ArrayList<>();
    private final List<Linear> projections = new ArrayList<>();
    private final List<LstmCell> cells = new ArrayList<>();
    private final List<Linear> outputs = new ArrayList<>();
    private final List<SoftmaxActivation> softmaxes = new ArrayList<>();
    private final List<Parameter> parameters;
    private int batch;
    private int steps;
    private float[] gradHidden;

    /**
     * @param inputs       the feature shape each gated block's gate reads (the previous block's output)
     * @param blockIndices the backbone index of each gated block, for the parameter names
     * @param options      number of options {@code K}
     */
    public BitwidthGate(List<TensorShape> inputs, int[] blockIndices, int options, ParameterSource source) {
        if (inputs.size() != blockIndices.length || inputs.isEmpty()) {
            throw new IllegalArgumentException("a DFS gate needs one input shape per gated block, at least one; got "
                    + inputs.size() + " shapes for " + blockIndices.length + " blocks");
        }
        this.options = options;
        LstmCell cell = new LstmCell("gate.lstm", PROJECTION, HIDDEN, source);
        Linear output = new Linear("gate.out", TensorShape.vector(HIDDEN), options, source);
        List<Parameter> all = new ArrayList<>();
        for (int s = 0; s < inputs.size(); s++) {
            GlobalAvgPool pool = new GlobalAvgPool(inputs.get(s));
            Linear projection = new Linear("gate.proj" + blockIndices[s], pool.outputShape(), PROJECTION, source);
            pools.add(pool);
            projections.add(projection);
            cells.add(s == 0 ? cell : cell.replica());
            outputs.add(s == 0 ? output : output.replica());
            softmaxes.add(new SoftmaxActivation(TensorShape.vector(options)));
            all.addAll(projection.parameters());
        }
        all.addAll(cell.parameters());
        all.addAll(output.parameters());
        this.parameters = List.copyOf(all);
    }

    private BitwidthGate(BitwidthGate other) {
        this.options = other.options;
        for (int s = 0; s < other.steps(); s++) {
            pools.add(other.pools.get(s).replica());
            projections.add(other.projections.get(s).replica());
            cells.add(other.cells.get(s).replica());
            outputs.add(other.outputs.get(s).replica());
            softmaxes.add(new SoftmaxActivation(TensorShape.vector(options)));
        }
        this.parameters = other.parameters;
    }

    /** A gate sharing these parameters, with buffers of its own. */
    public BitwidthGate replica() {
        return new BitwidthGate(this);
    }

    /** Number of options {@code K}. */
    public int options() {
        return options;
    }

    /** Number of gated blocks (steps per input). */
    public int steps() {
        return pools.size();
    }

    /** Every trainable parameter, in a fixed order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Starts a new batch of inputs: the LSTM state is zero. */
    public void reset(int batch) {
        this.batch = batch;
        this.steps = 0;
    }

    /**
     * The next step's option probabilities {@code [batch][K]} from the previous block's output (a buffer owned
     * by the gate, valid until the next {@link #reset}).
     *
     * @param features {@code [batch][input shape of this step]}
     * @throws IllegalStateException when every step of this input has been taken
     */
    public float[] step(float[] features, Mode mode) {
        if (steps >= pools.size()) {
            throw new IllegalStateException("the gate has " + pools.size() + " steps per input; call reset first");
        }
        int s = steps++;
        float[] pooled = pools.get(s).forward(features, batch, mode);
        float[] z = projections.get(s).forward(pooled, batch, mode);
        LstmCell cell = cells.get(s);
        LstmCell previous = s == 0 ? null : cells.get(s - 1);
        cell.forward(z, previous == null ? null : previous.hidden(), previous == null ? null : previous.cell(), batch);
        float[] logits = outputs.get(s).forward(cell.hidden(), batch, mode);
        return softmaxes.get(s).forward(logits, batch, mode);
    }

    /** The index of the largest of {@code K} probabilities at {@code offset}; ties go to the lower index. */
    public static int argmax(float[] probabilities, int offset, int options) {
        int best = 0;
        for (int k = 1; k < options; k++) {
            if (probabilities[offset + k] > probabilities[offset + best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Back-propagates the gradients with respect to every step's probabilities (straight through from the
     * one-hot decisions) to the gate's parameters, last step first. Adds to the parameter gradients.
     *
     * @param gradProbabilities per step taken since {@link #reset}, {@code [batch][K]}
     */
    public void backward(float[][] gradProbabilities) {
        if (gradProbabilities.length != steps) {
            throw new IllegalArgumentException(gradProbabilities.length + " gradients for " + steps + " gate steps");
        }
        int h = HIDDEN;
        gradHidden = Buffers.ensure(gradHidden, (long) batch * h);
        float[] nextHidden = null;
        float[] nextCell = null;
        for (int s = steps - 1; s >= 0; s--) {
            float[] dLogits = softmaxes.get(s).backward(gradProbabilities[s], true);
            float[] dh = outputs.get(s).backward(dLogits, true);
            for (int i = 0; i < batch * h; i++) {
                gradHidden[i] = dh[i] + (nextHidden == null ? 0f : nextHidden[i]);
            }
            LstmCell cell = cells.get(s);
            cell.backward(gradHidden, nextCell);
            projections.get(s).backward(cell.gradInput(), false);
            nextHidden = cell.gradHidden();
            nextCell = cell.gradCell();
        }
    }

    /**
     * Adds one sample's cost of gate step {@code step}: pooling, projection, the LSTM step, the output layer,
     * the softmax and the argmax's {@code K - 1} comparisons, all float32.
     */
    public void recordCost(CostLedger ledger, int step) {
        pools.get(step).recordCost(ledger);
        projections.get(step).recordCost(ledger);
        cells.get(step).recordCost(ledger);
        outputs.get(step).recordCost(ledger);
        softmaxes.get(step).recordCost(ledger);
        ledger.addComparisons(options - 1);
    }
}
