package dev.copse.forest.train;

import dev.copse.core.kernel.Gemm;

/**
 * Forward pass of a batch through every tree: one matrix product {@code Z = X W^T} ({@code [B x d]} times
 * {@code [d x T I]}) for all inner nodes of all trees, then per sample a top-down sweep over each complete
 * tree: {@code s_i = beta (z_i + b_i)}, {@code p_i = sigmoid(s_i)}, {@code mu_root = 1},
 * {@code mu_left(i) = mu_i p_i}, {@code mu_right(i) = mu_i (1 - p_i)}, and mixing weights
 * {@code w_n = mu_n c_n q_n} (Shen et al. 2020, the budding tree written out node by node).
 * Samples are split among workers; each writes only its own rows.
 */
final class BuddingForward {

    private final ForestLayout layout;
    private final ParallelRanges parallel;

    BuddingForward(ForestLayout layout, ParallelRanges parallel) {
        this.layout = layout;
        this.parallel = parallel;
    }

    void run(ForestParameters p, NodeTerms terms, float beta, BatchBuffers buf) {
        ForestLayout l = layout;
        Gemm.sgemm(false, true, buf.count, l.totalInner, l.features, 1f, buf.x, 0, l.features,
                p.values, 0, l.features, 0f, buf.s, 0, l.totalInner);
        parallel.run(buf.count, (worker, from, to) -> {
            for (int b = from; b < to; b++) {
                route(b, p.values, terms, beta, buf);
            }
        });
    }

    private void route(int b, float[] values, NodeTerms terms, float beta, BatchBuffers buf) {
        ForestLayout l = layout;
        float[] s = buf.s;
        float[] left = buf.left;
        float[] right = buf.right;
        float[] mu = buf.mu;
        float[] w = buf.w;
        float[] cq = terms.cq;
        int sRow = b * l.totalInner;
        int nRow = b * l.totalNodes;
        for (int t = 0; t < l.trees; t++) {
            int ib = sRow + t * l.inner;
            int nb = nRow + t * l.nodes;
            int biasBase = l.biasOffset + t * l.inner;
            mu[nb] = 1f;
            for (int i = 0; i < l.inner; i++) {
                float si = beta * (s[ib + i] + values[biasBase + i]);
                s[ib + i] = si;
                // One exp of a non-positive number gives both p and 1 - p at full relative precision.
                float e = (float) Math.exp(-Math.abs(si));
                float big = 1f / (1f + e);
                float small = e * big;
                float pl = si >= 0f ? big : small;
                float pr = si >= 0f ? small : big;
                left[ib + i] = pl;
                right[ib + i] = pr;
                float m = mu[nb + i];
                mu[nb + 2 * i + 1] = m * pl;
                mu[nb + 2 * i + 2] = m * pr;
            }
            int cb = t * l.nodes;
            for (int n = 0; n < l.nodes; n++) {
                w[nb + n] = mu[nb + n] * cq[cb + n];
            }
        }
    }
}
