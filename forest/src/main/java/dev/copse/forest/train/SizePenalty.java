package dev.copse.forest.train;

/**
 * The size penalty of the budding tree (Shen et al. 2020): {@code lambda E[#splitting nodes]}, where inner
 * node i splits with probability {@code E_i = prod_{a in anc(i) and i} (1 - q_a) = c_i (1 - q_i)}.
 * Its gradient on a leafness logit is {@code dPenalty/da_j = -lambda q_j sum_{i in subtree(j)} E_i}, since
 * {@code d(1 - q_j)/da_j = -q_j (1 - q_j)}. This is what lets a tree grow only where growing pays.
 */
final class SizePenalty {

    private final ForestLayout layout;
    private final float[] subtree; // [N] scratch

    SizePenalty(ForestLayout layout) {
        this.layout = layout;
        this.subtree = new float[layout.nodes];
    }

    /** Adds the penalty's gradient to the leafness part of {@code grad}; returns the penalty. */
    double apply(ForestParameters p, NodeTerms terms, float lambda, float[] grad) {
        ForestLayout l = layout;
        double value = 0;
        for (int t = 0; t < l.trees; t++) {
            int nb = t * l.nodes;
            java.util.Arrays.fill(subtree, 0f);
            for (int i = l.inner - 1; i >= 0; i--) {
                float e = p.splits(t, i) ? terms.c[nb + i] * terms.stay[nb + i] : 0f;
                value += e;
                boolean hasInnerChildren = 2 * i + 1 < l.inner;
                subtree[i] = e + (hasInnerChildren ? subtree[2 * i + 1] + subtree[2 * i + 2] : 0f);
                if (p.splits(t, i)) {
                    grad[l.leafnessOffset + t * l.inner + i] -= lambda * terms.q[nb + i] * subtree[i];
                }
            }
        }
        return lambda * value;
    }
}
