package dev.copse.core.optim;

/**
 * Stochastic gradient descent with classic momentum and coupled (L2) weight decay, in PyTorch's
 * formulation. For each parameter, with learning rate {@code lr} from the schedule:
 * <pre>
 *   g = grad + weightDecay * p          (L2 penalty folded into the gradient)
 *   v = momentum * v + g                (v starts at 0, so the first step has v = g)
 *   p = p - lr * v
 * </pre>
 * This is the heavy-ball method (Polyak, 1964) written so that changing {@code lr} does not rescale the
 * accumulated velocity; it is not Nesterov momentum. Weight decay here is coupled: it passes through the
 * momentum, as in PyTorch's {@code SGD(weight_decay=...)}, which for SGD is equivalent to an L2 term in
 * the loss.
 *
 * <p>State: one float per parameter (the velocity), allocated at construction. Arithmetic per element is
 * in double, stored as float. Cost per step: a few flops per parameter.
 *
 * <p>Not thread-safe.
 */
public final class Sgd implements Optimizer {

    private final SgdOptions options;
    private final OptimizerState state;
    private final float[] velocity;

    /**
     * @param parameterCount length of the parameter and gradient buffers this optimizer will update
     * @param options        momentum and weight decay
     * @param schedule       learning rate per step
     * @throws IllegalArgumentException when {@code parameterCount < 0}
     * @throws NullPointerException     when {@code options} or {@code schedule} is {@code null}
     */
    public Sgd(int parameterCount, SgdOptions options, LearningRateSchedule schedule) {
        if (options == null) {
            throw new NullPointerException("Sgd: options are null");
        }
        this.state = new OptimizerState("Sgd", parameterCount, schedule);
        this.options = options;
        this.velocity = new float[parameterCount];
    }

    @Override
    public void step(float[] parameters, float[] gradients) {
        double lr = state.begin(parameters, gradients);
        double momentum = options.momentum();
        double decay = options.weightDecay();
        for (int i = 0; i < parameters.length; i++) {
            double g = gradients[i] + decay * parameters[i];
            double v = momentum * velocity[i] + g;
            velocity[i] = (float) v;
            parameters[i] = (float) (parameters[i] - lr * v);
        }
        state.end();
    }

    @Override
    public long steps() {
        return state.steps();
    }

    @Override
    public double learningRate() {
        return state.learningRate();
    }

    @Override
    public int parameterCount() {
        return state.parameterCount();
    }

    /** The options this optimizer was built with. */
    public SgdOptions options() {
        return options;
    }
}
