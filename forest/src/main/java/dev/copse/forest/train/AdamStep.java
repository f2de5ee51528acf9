package dev.copse.forest.train;

/**
 * Adam (Kingma &amp; Ba, 2015) over one flat float parameter buffer:
 * {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code theta -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)} with b1 = 0.9, b2 = 0.999,
 * eps = 1e-8. A parameter whose gradient has always been zero never moves (its moments stay zero), which
 * is how frozen and masked parameters stay put.
 *
 * <p>Kept deliberately tiny: it is to be replaced by {@code core.optim.Adam} when the forest module is
 * merged with core's optimizers. Updates are elementwise, so splitting the range among workers gives the
 * same bits as one worker. Not thread-safe across steps.
 */
final class AdamStep {

    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final float[] m;
    private final float[] v;
    private int step;

    AdamStep(int size) {
        this.m = new float[size];
        this.v = new float[size];
    }

    /** Applies one update with learning rate {@code lr} to all parameters, workers sharing the range. */
    void apply(float[] params, float[] grad, float lr, ParallelRanges parallel) {
        step++;
        float c1 = (float) (1 - Math.pow(BETA1, step));
        float c2 = (float) (1 - Math.pow(BETA2, step));
        float stepSize = lr / c1;
        float rootC2 = (float) Math.sqrt(c2);
        parallel.run(params.length, (worker, from, to) -> {
            for (int k = from; k < to; k++) {
                float gk = grad[k];
                float mk = BETA1 * m[k] + (1 - BETA1) * gk;
                float vk = BETA2 * v[k] + (1 - BETA2) * gk * gk;
                m[k] = mk;
                v[k] = vk;
                params[k] -= stepSize * mk / ((float) Math.sqrt(vk) / rootC2 + EPSILON);
            }
        });
    }
}
