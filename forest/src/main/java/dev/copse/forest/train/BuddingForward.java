package dev.copse.forest.train;

import dev.copse.core.kernel.Gemm;

/**
 * Forward pass of a batch through every tree: one matrix product {@code Z = X W^T} ({@code [B x d]} times
 * {@code [d x T I]}) for all inner nodes of all trees; then, row by row over the whole {@code [T I]} row,
 * {@code s_i = beta (z_i + b_i)}, {@code p_i = sigmoid(s_i)} and {@code 1 - p_i = sigmoid(-s_i)}, both from
 * one {@code exp(-|s|)} so that each keeps full relative precision however large {@code |s|}; then a
 * top-down sweep over each complete tree: {@code mu_root = 1}, {@code mu_left(i) = mu_i p_i},
 * {@code mu_right(i) = mu_i (1 - p_i)}, and mixing weights {@code w_n = mu_n c_n q_n} (Shen et al. 2020,
 * the budding tree written out node by node).
 *
 * <p>The exponential is {@link Math#exp}, not core's vector {@code Sigmoid}: the Vector API's {@code EXP}
 * may differ in the last bit between interpreted and compiled code, which made two trainings with one seed
 * in one JVM give different models. Rows are split among workers; each writes only its own rows, so the
 * result does not depend on the number of workers.
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
                splitProbabilities(b, p.values, beta, buf);
                route(b, terms, buf);
            }
        });
    }

    private void splitProbabilities(int b, float[] values, float beta, BatchBuffers buf) {
        int ti = layout.totalInner;
        int row = b * ti;
        int bias = layout.biasOffset;
        float[] s = buf.s;
        float[] left = buf.left;
        float[] right = buf.right;
        for (int k = 0; k < ti; k++) {
            float sk = beta * (s[row + k] + values[bias + k]);
            s[row + k] = sk;
            // One exp of a non-positive number gives both p and 1 - p at full relative precision.
            float e = (float) Math.exp(-Math.abs(sk));
            float big = 1f / (1f + e);
            float small = e * big;
            left[row + k] = sk >= 0f ? big : small;
            right[row + k] = sk >= 0f ? small : big;
        }
    }

    private void route(int b, NodeTerms terms, BatchBuffers buf) {
        ForestLayout l = layout;
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
            mu[nb] = 1f;
            for (int i = 0; i < l.inner; i++) {
                float m = mu[nb + i];
                mu[nb + 2 * i + 1] = m * left[ib + i];
                mu[nb + 2 * i + 2] = m * right[ib + i];
            }
        }
        for (int n = 0; n < l.totalNodes; n++) {
            w[nRow + n] = mu[nRow + n] * cq[n];
        }
    }
}
