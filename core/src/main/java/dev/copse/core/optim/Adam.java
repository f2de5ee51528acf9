package dev.copse.core.optim;

/**
 * Adam with bias correction (Kingma and Ba, "Adam: A Method for Stochastic Optimization", ICLR 2015,
 * Algorithm 1), optionally with decoupled weight decay (AdamW). At step {@code t = 1, 2, ...}, with
 * learning rate {@code lr} from the schedule, for each parameter:
 * <pre>
 *   g = grad (+ weightDecay * p for COUPLED_L2)
 *   p = p * (1 - lr * weightDecay)                 (DECOUPLED only, before the Adam update)
 *   m = beta1 * m + (1 - beta1) * g
 *   v = beta2 * v + (1 - beta2) * g * g
 *   p = p - lr * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + epsilon)
 * </pre>
 *
 * <p>State: two floats per parameter (m, v), allocated at construction, and the step count. Arithmetic
 * per element is in double, stored as float. Cost per step: about a dozen flops and one square root per
 * parameter.
 *
 * <p>Not thread-safe.
 */
public final class Adam implements Optimizer {

    private final AdamOptions options;
    private final OptimizerState state;
    private final float[] m;
    private final float[] v;

    /**
     * @param parameterCount length of the parameter and gradient buffers this optimizer will update
     * @param options        betas, epsilon and weight decay
     * @param schedule       learning rate per step
     * @throws IllegalArgumentException when {@code parameterCount < 0}
     * @throws NullPointerException     when {@code options} or {@code schedule} is {@code null}
     */
    public Adam(int parameterCount, AdamOptions options, LearningRateSchedule schedule) {
        if (options == null) {
            throw new NullPointerException("Adam: options are null");
        }
        this.state = new OptimizerState("Adam", parameterCount, schedule);
        this.options = options;
        this.m = new float[parameterCount];
        this.v = new float[parameterCount];
    }

    @Override
    public void step(float[] parameters, float[] gradients) {
        double lr = state.begin(parameters, gradients);
        long t = state.steps() + 1;
        double beta1 = options.beta1();
        double beta2 = options.beta2();
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(beta2, t);
        double epsilon = options.epsilon();
        boolean decoupled = options.weightDecayStyle() == AdamOptions.WeightDecayStyle.DECOUPLED;
        double coupledDecay = decoupled ? 0 : options.weightDecay();
        double shrink = decoupled ? 1 - lr * options.weightDecay() : 1;
        for (int i = 0; i < parameters.length; i++) {
            double p = parameters[i];
            double g = gradients[i] + coupledDecay * p;
            double mi = beta1 * m[i] + (1 - beta1) * g;
            double vi = beta2 * v[i] + (1 - beta2) * g * g;
            m[i] = (float) mi;
            v[i] = (float) vi;
            parameters[i] = (float) (p * shrink - lr * (mi / correction1) / (Math.sqrt(vi / correction2) + epsilon));
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
    public AdamOptions options() {
        return options;
    }
}
