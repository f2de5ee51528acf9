package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * One differentiable step of a network over a batch of samples in NCHW float buffers, with its forward and
 * backward pass.
 *
 * <p><b>Buffers.</b> A layer owns its output and input-gradient buffers and reuses them from step to step,
 * so training allocates nothing once the largest batch has been seen. {@link #forward} returns the output
 * buffer, which may be longer than {@code batch * outputShape().size()}: only that prefix is meaningful,
 * and it stays valid until the next forward. The layer keeps a reference to its input for the backward
 * pass, so the caller must leave the input unchanged until {@link #backward} has returned.
 *
 * <p><b>Gradients.</b> {@link #backward} adds to the gradients of {@link #parameters()} (it never clears
 * them) and returns the gradient with respect to the last forward's input. It may follow a forward in
 * either mode; in {@link Mode#EVAL} the running estimates are treated as constants.
 *
 * <p><b>Replicas.</b> {@link #replica()} makes a layer with the same parameters and running states (the
 * same arrays) but buffers of its own, for a weight used by several forward passes whose backward passes
 * are all needed (a gate cell shared by all blocks; every bitwidth option of a block in training), and for
 * a second thread of inference.
 *
 * <p>Not thread-safe: one thread drives a layer instance; a layer may use the shared
 * {@link dev.copse.core.parallel.WorkerPool} internally.
 */
public interface Layer {

    /** The shape of one input sample. */
    TensorShape inputShape();

    /** The shape of one output sample. */
    TensorShape outputShape();

    /**
     * Computes the output of {@code batch} samples read from {@code input[0, batch * inputShape().size())}.
     *
     * @return the layer's output buffer; the first {@code batch * outputShape().size()} floats are the result
     * @throws IllegalArgumentException when {@code batch < 1} or {@code input} is too short
     */
    float[] forward(float[] input, int batch, Mode mode);

    /**
     * Back-propagates the gradient of the loss with respect to the last forward's output.
     *
     * @param gradOutput    {@code batch * outputShape().size()} floats, not modified
     * @param inputGradient whether the caller needs the gradient with respect to the input; when false the
     *                      layer only accumulates parameter gradients and returns {@code null}
     * @return the layer's input-gradient buffer (first {@code batch * inputShape().size()} floats), or null
     * @throws IllegalStateException when no forward pass preceded it
     */
    float[] backward(float[] gradOutput, boolean inputGradient);

    /** The trainable parameters, in a fixed order; empty for layers without any. */
    List<Parameter> parameters();

    /** The running estimates saved with a model (batch-norm statistics, quantizer ranges); often empty. */
    List<RunningState> runningStates();

    /**
     * Adds the realised cost of running this layer on ONE sample at full precision: multiply-accumulates
     * (as float32 MACs), other arithmetic, comparisons, nonlinear evaluations, parameter bytes read and
     * activation bytes moved (input read plus output written, 4 bytes per value).
     */
    void recordCost(CostLedger ledger);

    /** A layer sharing this one's parameters and running states, with buffers of its own. */
    Layer replica();
}
