package dev.copse.forest.train;

/**
 * The balance penalty of Frosst &amp; Hinton (Distilling a Neural Network Into a Soft Decision Tree, 2017):
 * every splitting inner node i should send, on average over the batch and weighted by how likely each
 * sample reaches it, half of its samples left. With {@code M_n = sum_b mu_bn} (routing mass of node n over
 * the batch) the mean left probability is {@code alpha_i = M_left(i) / M_i}, and
 * <pre>
 *   penalty = sum_i k_i [ -1/2 log alpha_i - 1/2 log(1 - alpha_i) ]
 *           = sum_i k_i [ log M_i - 1/2 log M_left(i) - 1/2 log M_right(i) ],   k_i = lambda 2^-depth(i).
 * </pre>
 * <b>(Copse)</b> {@code M} is taken as {@code M + 1e-6} so that a node no sample reaches cannot give
 * {@code log 0}. The gradient reaches the splits through the routing probabilities only:
 * {@code dPenalty/dmu_bn = phi_n = (k_n - 1/2 k_parent(n)) / M_n}, i.e. {@code phi_n mu_bn} is added to
 * {@code dL/dlog mu_bn} before the backward sweep.
 */
final class BalancePenalty {

    private static final float MASS_FLOOR = 1e-6f;

    private final ForestLayout layout;
    private final float[] mass; // [T N]
    final float[] phi;          // [T N]

    BalancePenalty(ForestLayout layout) {
        this.layout = layout;
        this.mass = new float[layout.totalNodes];
        this.phi = new float[layout.totalNodes];
    }

    /** Computes {@code phi} for the batch in {@code buf} (after the forward pass) and returns the penalty. */
    double prepare(ForestParameters p, BatchBuffers buf, ParallelRanges parallel, float lambda) {
        ForestLayout l = layout;
        parallel.columnSums(buf.mu, buf.count, l.totalNodes, l.totalNodes, mass, 0);
        double value = 0;
        java.util.Arrays.fill(phi, 0f);
        for (int t = 0; t < l.trees; t++) {
            int nb = t * l.nodes;
            for (int i = 0; i < l.inner; i++) {
                if (!p.splits(t, i)) {
                    continue;
                }
                float k = lambda / (1 << ForestLayout.depthOf(i));
                float mi = mass[nb + i] + MASS_FLOOR;
                float ml = mass[nb + 2 * i + 1] + MASS_FLOOR;
                float mr = mass[nb + 2 * i + 2] + MASS_FLOOR;
                value += k * (Math.log(mi) - 0.5 * Math.log(ml) - 0.5 * Math.log(mr));
                phi[nb + i] += k / mi;
                phi[nb + 2 * i + 1] -= 0.5f * k / ml;
                phi[nb + 2 * i + 2] -= 0.5f * k / mr;
            }
        }
        return value;
    }
}
