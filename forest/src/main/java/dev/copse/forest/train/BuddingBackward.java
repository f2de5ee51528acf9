package dev.copse.forest.train;

import dev.copse.core.kernel.Gemm;

/**
 * Backward pass of a batch, given {@code g_bn = dL/dlog w_bn} from the loss (and, optionally, the balance
 * penalty's {@code phi_n}).
 *
 * <p>Splits. {@code log w_n} depends on {@code s_i} through {@code log mu_n} for n below i:
 * {@code dlog p_i/ds_i = 1 - p_i} on the left, {@code dlog(1 - p_i)/ds_i = -p_i} on the right. With
 * {@code G_n} the sum of {@code g + phi mu} over the subtree of n (one bottom-up sweep per sample and tree):
 * {@code dL/ds_i = (1 - p_i) G_left(i) - p_i G_right(i)}, and {@code dL/dz_i = beta dL/ds_i}. Then
 * {@code dL/dW = dZ^T X} is one matrix product ({@code [T I x B]} times {@code [B x d]}) and
 * {@code dL/db_i = sum_b dL/dz_bi}.
 *
 * <p>Leafness. {@code log w_n = log mu_n + sum_{a in anc(n)} log(1 - q_a) + log q_n}, so with
 * {@code gbar_n = sum_b g_bn} and {@code Gbar} its subtree sums,
 * {@code dL/da_j = gbar_j (1 - q_j) - q_j (Gbar_left(j) + Gbar_right(j))}.
 */
final class BuddingBackward {

    private final ForestLayout layout;
    private final ParallelRanges parallel;
    private final float[][] subtree; // [worker][N]
    private final float[] totals;    // [N]

    BuddingBackward(ForestLayout layout, ParallelRanges parallel) {
        this.layout = layout;
        this.parallel = parallel;
        this.subtree = new float[parallel.workers()][layout.nodes];
        this.totals = new float[layout.nodes];
    }

    /**
     * Overwrites the split-weight, split-bias and leafness parts of {@code grad}; leafness gradients are
     * zero when {@code trainLeafness} is false (fine-tuning a fixed structure).
     *
     * @param phi balance-penalty coefficients per node, or null without that penalty
     */
    void run(ForestParameters p, NodeTerms terms, float[] phi, float beta, boolean trainLeafness,
             BatchBuffers buf, float[] grad) {
        ForestLayout l = layout;
        parallel.run(buf.count, (worker, from, to) -> {
            for (int b = from; b < to; b++) {
                splitGradients(b, p, phi, beta, buf, subtree[worker]);
            }
        });
        Gemm.sgemm(true, false, l.totalInner, l.features, buf.count, 1f, buf.dz, 0, l.totalInner,
                buf.x, 0, l.features, 0f, grad, 0, l.features);
        if (p.featureMask != null) {
            maskFeatures(p.featureMask, grad);
        }
        parallel.columnSums(buf.dz, buf.count, l.totalInner, l.totalInner, grad, l.biasOffset);
        java.util.Arrays.fill(grad, l.leafnessOffset, l.logitOffset, 0f);
        if (trainLeafness) {
            parallel.columnSums(buf.g, buf.count, l.totalNodes, l.totalNodes, buf.column, 0);
            leafnessGradients(p, terms, buf.column, grad);
        }
    }

    private void splitGradients(int b, ForestParameters p, float[] phi, float beta, BatchBuffers buf,
                                float[] sums) {
        ForestLayout l = layout;
        int nRow = b * l.totalNodes;
        int iRow = b * l.totalInner;
        for (int t = 0; t < l.trees; t++) {
            int nb = nRow + t * l.nodes;
            int cb = t * l.nodes;
            for (int n = l.nodes - 1; n >= l.inner; n--) {
                sums[n] = buf.g[nb + n] + (phi == null ? 0f : phi[cb + n] * buf.mu[nb + n]);
            }
            int ib = iRow + t * l.inner;
            for (int i = l.inner - 1; i >= 0; i--) {
                float gl = sums[2 * i + 1];
                float gr = sums[2 * i + 2];
                sums[i] = buf.g[nb + i] + (phi == null ? 0f : phi[cb + i] * buf.mu[nb + i]) + gl + gr;
                buf.dz[ib + i] = p.splits(t, i) ? beta * (buf.right[ib + i] * gl - buf.left[ib + i] * gr) : 0f;
            }
        }
    }

    private void maskFeatures(float[] mask, float[] grad) {
        ForestLayout l = layout;
        parallel.run(l.totalInner, (worker, from, to) -> {
            for (int k = from; k < to; k++) {
                int maskRow = (k / l.inner) * l.features;
                int row = k * l.features;
                for (int j = 0; j < l.features; j++) {
                    grad[row + j] *= mask[maskRow + j];
                }
            }
        });
    }

    private void leafnessGradients(ForestParameters p, NodeTerms terms, float[] gbar, float[] grad) {
        ForestLayout l = layout;
        for (int t = 0; t < l.trees; t++) {
            int cb = t * l.nodes;
            for (int n = l.nodes - 1; n >= 0; n--) {
                totals[n] = gbar[cb + n] + (n < l.inner ? totals[2 * n + 1] + totals[2 * n + 2] : 0f);
            }
            for (int i = 0; i < l.inner; i++) {
                if (p.splits(t, i)) {
                    float below = totals[2 * i + 1] + totals[2 * i + 2];
                    grad[l.leafnessOffset + t * l.inner + i] = gbar[cb + i] * terms.stay[cb + i]
                            - terms.q[cb + i] * below;
                }
            }
        }
    }
}
