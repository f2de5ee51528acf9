package dev.copse.core.optim;

/**
 * Updates a flat parameter buffer from its gradient, one step at a time.
 *
 * <p>Implementations own their state, sized for one parameter count fixed at construction, and are not
 * thread-safe: one trainer thread calls {@link #step}. NaN or infinite gradients are not screened and
 * propagate into the parameters; the trainer should check its loss.
 */
public interface Optimizer {

    /**
     * Applies one update to {@code parameters} in place, using the learning rate of the schedule at the
     * current step, then advances the step count.
     *
     * @param parameters the parameters, updated in place
     * @param gradients  the gradient of the loss with respect to {@code parameters}; not modified
     * @throws IllegalArgumentException when either array's length differs from the parameter count
     */
    void step(float[] parameters, float[] gradients);

    /** The number of steps taken so far. */
    long steps();

    /** The learning rate the next {@link #step} will use. */
    double learningRate();

    /** The number of parameters this optimizer was built for. */
    int parameterCount();
}
