package dev.copse.core.optim;

import dev.copse.core.parallel.WorkerPool;

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
 * per element is in double, stored as float (the bias corrections applied as multiplications by their
 * reciprocals). Cost per step: about a dozen flops and one square root per parameter; steps of at least
 * {@value #PARALLEL_MIN_PARAMETERS} parameters are split among the threads of {@link WorkerPool#shared()},
 * which does not change the result (every element is updated on its own).
 *
 * <p>Not thread-safe.
 */
public final class Adam implements Optimizer {

    /** Below this many parameters a step runs on the calling thread. */
    private static final int PARALLEL_MIN_PARAMETERS = 1 << 17;
    /** Parameters per task of a parallel step. */
    private static final int CHUNK = 1 << 15;

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
        boolean decoupled = options.weightDecayStyle() == AdamOptions.WeightDecayStyle.DECOUPLED;
        Update update = new Update(options.beta1(), options.beta2(), 1 / (1 - Math.pow(options.beta1(), t)),
                1 / (1 - Math.pow(options.beta2(), t)), options.epsilon(), lr,
                decoupled ? 0 : options.weightDecay(), decoupled ? 1 - lr * options.weightDecay() : 1);
        int n = parameters.length;
        if (n < PARALLEL_MIN_PARAMETERS) {
            update.apply(parameters, gradients, m, v, 0, n);
        } else {
            // Elementwise, so the chunks may run on any thread in any order: the same bits as one thread.
            WorkerPool.shared().forEach((n + CHUNK - 1) / CHUNK, k -> update.apply(parameters, gradients, m, v,
                    k * CHUNK, Math.min(n, (k + 1) * CHUNK)));
        }
        state.end();
    }

    /** One step's constants; {@code inverse1 = 1 / (1 - beta1^t)}, {@code inverse2 = 1 / (1 - beta2^t)}. */
    private record Update(double beta1, double beta2, double inverse1, double inverse2, double epsilon, double lr,
                          double coupledDecay, double shrink) {

        void apply(float[] parameters, float[] gradients, float[] m, float[] v, int from, int to) {
            for (int i = from; i < to; i++) {
                double p = parameters[i];
                double g = gradients[i] + coupledDecay * p;
                double mi = beta1 * m[i] + (1 - beta1) * g;
                double vi = beta2 * v[i] + (1 - beta2) * g * g;
                m[i] = (float) mi;
                v[i] = (float) vi;
                parameters[i] = (float) (p * shrink - lr * (mi * inverse1) / (Math.sqrt(vi * inverse2) + epsilon));
            }
        }
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
