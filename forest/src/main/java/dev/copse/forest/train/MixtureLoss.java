package dev.copse.forest.train;

import dev.copse.core.kernel.Gemm;

/**
 * Cross-entropy of the probability mixture (Shen et al. 2020): group g (of {@code T_g} trees) predicts
 * {@code P_g(y|x) = (1/T_g) sum_{n in g} w_n(x) pi_n[y]}, computed for all classes as one matrix product
 * {@code W_g Pi_g}; the loss of a row is {@code -sum_g weight_g log P_g(y|x)}.
 *
 * <p>Gradients with responsibilities {@code r_n = w_n pi_n[y] / sum_{m in g} w_m pi_m[y]}:
 * {@code dL/dlog w_n = -weight_g r_n} and {@code dL/dtheta_n[c] = sum_b g_bn (onehot_b[c] - pi_n[c])}
 * ({@code G^T Y} minus {@code pi} times the column sums of G).
 *
 * <p>Numerical safety: when a row's group probability falls below {@value #TINY} (products of many small
 * routing probabilities, or a confidently wrong node distribution, underflow in float), that row and group
 * are recomputed in log space in double: {@code l_n = log mu_n + log(c_n q_n) + theta_n[y] - logsumexp(theta_n)},
 * {@code log P = logsumexp_n(l_n) - log T_g}, {@code r_n = exp(l_n - logsumexp(l))}. The loss stays finite
 * and the gradient free of NaN however confident and wrong the forest is.
 */
final class MixtureLoss implements CombinationLoss {

    static final float TINY = 1e-30f;

    private final ForestLayout layout;
    private final ParallelRanges parallel;
    private final double[][] logMu; // [worker][T N] scratch of the log-space path

    MixtureLoss(ForestLayout layout, ParallelRanges parallel) {
        this.layout = layout;
        this.parallel = parallel;
        this.logMu = new double[parallel.workers()][layout.totalNodes];
    }

    private int groupNodes(BatchBuffers buf) {
        return layout.totalNodes / buf.groups;
    }

    @Override
    public void mix(ForestParameters p, NodeTerms terms, BatchBuffers buf) {
        int c = layout.classes;
        int span = groupNodes(buf);
        for (int g = 0; g < buf.groups; g++) {
            Gemm.sgemm(false, false, buf.count, c, span, 1f, buf.w, g * span, layout.totalNodes,
                    terms.pi, g * span * c, c, 0f, buf.groupOut, g * c, buf.groups * c);
        }
    }

    @Override
    public double gradient(ForestParameters p, NodeTerms terms, BatchBuffers buf, float[] grad) {
        int c = layout.classes;
        int tn = layout.totalNodes;
        parallel.run(buf.count, (worker, from, to) -> {
            for (int b = from; b < to; b++) {
                buf.loss[b] = rowGradient(p, terms, buf, b, logMu[worker]);
                for (int k = 0; k < c; k++) {
                    buf.onehot[b * c + k] = k == buf.y[b] ? 1f : 0f;
                }
            }
        });
        int theta = layout.logitOffset;
        Gemm.sgemm(true, false, tn, c, buf.count, 1f, buf.g, 0, tn, buf.onehot, 0, c, 0f, grad, theta, c);
        parallel.columnSums(buf.g, buf.count, tn, tn, buf.column, 0);
        for (int n = 0; n < tn; n++) {
            float gn = buf.column[n];
            for (int k = 0; k < c; k++) {
                grad[theta + n * c + k] -= terms.pi[n * c + k] * gn;
            }
        }
        double total = 0;
        for (int b = 0; b < buf.count; b++) {
            total += buf.loss[b];
        }
        return total;
    }

    private double rowGradient(ForestParameters p, NodeTerms terms, BatchBuffers buf, int b, double[] scratch) {
        int c = layout.classes;
        int y = buf.y[b];
        int span = groupNodes(buf);
        int treesPerGroup = layout.trees / buf.groups;
        int row = b * layout.totalNodes;
        double loss = 0;
        for (int g = 0; g < buf.groups; g++) {
            float weight = buf.weight[b * buf.groups + g];
            int first = g * span;
            if (weight == 0f) {
                java.util.Arrays.fill(buf.g, row + first, row + first + span, 0f);
                continue;
            }
            float total = buf.groupOut[(b * buf.groups + g) * c + y];
            if (total >= TINY) {
                float scale = -weight / total;
                for (int n = first; n < first + span; n++) {
                    buf.g[row + n] = scale * buf.w[row + n] * terms.pi[n * c + y];
                }
                loss += weight * (Math.log(treesPerGroup) - Math.log(total));
            } else {
                loss += weight * logSpace(p, terms, buf, b, g, scratch);
            }
        }
        return loss;
    }

    /** The log-space path for row b and group g; returns {@code -log P_g(y|x)} and fills {@code buf.g}. */
    private double logSpace(ForestParameters p, NodeTerms terms, BatchBuffers buf, int b, int g, double[] l) {
        ForestLayout lay = layout;
        int y = buf.y[b];
        int span = groupNodes(buf);
        int first = g * span;
        int treesPerGroup = lay.trees / buf.groups;
        double max = Double.NEGATIVE_INFINITY;
        for (int t = first / lay.nodes; t < (first + span) / lay.nodes; t++) {
            int nb = t * lay.nodes;
            int sb = b * lay.totalInner + t * lay.inner;
            l[nb] = 0;
            for (int i = 0; i < lay.inner; i++) {
                double s = buf.s[sb + i];
                l[nb + 2 * i + 1] = l[nb + i] - NodeTerms.softplus(-s);
                l[nb + 2 * i + 2] = l[nb + i] - NodeTerms.softplus(s);
            }
            for (int n = nb; n < nb + lay.nodes; n++) {
                l[n] += terms.logCq[n] + p.values[lay.logitOffset + n * lay.classes + y] - terms.logNorm[n];
                max = Math.max(max, l[n]);
            }
        }
        double sum = 0;
        for (int n = first; n < first + span; n++) {
            sum += Math.exp(l[n] - max);
        }
        double logTotal = max + Math.log(sum);
        float weight = buf.weight[b * buf.groups + g];
        int row = b * lay.totalNodes;
        for (int n = first; n < first + span; n++) {
            buf.g[row + n] = (float) (-weight * Math.exp(l[n] - logTotal));
        }
        return Math.log(treesPerGroup) - logTotal;
    }

    @Override
    public double forestLoss(BatchBuffers buf, int b) {
        float p = CombinationLoss.combined(buf, b, buf.y[b], layout.classes) / layout.trees;
        return -Math.log(Math.max(p, TINY));
    }
}
