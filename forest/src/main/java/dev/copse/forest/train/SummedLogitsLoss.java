package dev.copse.forest.train;

import dev.copse.core.kernel.Gemm;

/**
 * <b>(Copse)</b> Cross-entropy of summed mixed logits. Group g's logits are
 * {@code l_g(x) = sum_{n in g} w_n(x) theta_n}, one matrix product {@code W_g Theta_g} per group; the loss
 * of a row is {@code sum_g weight_g CE(softmax(l_g), y)}.
 *
 * <p>Gradients: {@code e_g = weight_g (softmax(l_g) - onehot(y))}; {@code dL/dtheta_n = sum_b w_bn e_bg}
 * ({@code W_g^T E_g}); {@code dL/dlog w_n = w_n (e_g . theta_n)} ({@code (E_g Theta_g^T)} times w elementwise).
 * Mixing weights never need logarithms here, so underflow of {@code w} is harmless.
 */
final class SummedLogitsLoss implements CombinationLoss {

    private final ForestLayout layout;
    private final ParallelRanges parallel;

    SummedLogitsLoss(ForestLayout layout, ParallelRanges parallel) {
        this.layout = layout;
        this.parallel = parallel;
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
                    p.values, layout.logitOffset + g * span * c, c, 0f, buf.groupOut, g * c, buf.groups * c);
        }
    }

    @Override
    public double gradient(ForestParameters p, NodeTerms terms, BatchBuffers buf, float[] grad) {
        int c = layout.classes;
        int tn = layout.totalNodes;
        int span = groupNodes(buf);
        parallel.run(buf.count, (worker, from, to) -> {
            for (int b = from; b < to; b++) {
                buf.loss[b] = rowError(buf, b);
            }
        });
        for (int g = 0; g < buf.groups; g++) {
            int thetaOffset = layout.logitOffset + g * span * c;
            Gemm.sgemm(false, true, buf.count, span, c, 1f, buf.groupErr, g * c, buf.groups * c,
                    p.values, thetaOffset, c, 0f, buf.g, g * span, tn);
            Gemm.sgemm(true, false, span, c, buf.count, 1f, buf.w, g * span, tn,
                    buf.groupErr, g * c, buf.groups * c, 0f, grad, thetaOffset, c);
        }
        parallel.run(buf.count, (worker, from, to) -> {
            for (int i = from * tn; i < to * tn; i++) {
                buf.g[i] *= buf.w[i];
            }
        });
        double total = 0;
        for (int b = 0; b < buf.count; b++) {
            total += buf.loss[b];
        }
        return total;
    }

    private double rowError(BatchBuffers buf, int b) {
        int c = layout.classes;
        int y = buf.y[b];
        double loss = 0;
        for (int g = 0; g < buf.groups; g++) {
            int base = (b * buf.groups + g) * c;
            float weight = buf.weight[b * buf.groups + g];
            if (weight == 0f) {
                java.util.Arrays.fill(buf.groupErr, base, base + c, 0f);
                continue;
            }
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < c; k++) {
                max = Math.max(max, buf.groupOut[base + k]);
            }
            double sum = 0;
            for (int k = 0; k < c; k++) {
                sum += Math.exp(buf.groupOut[base + k] - max);
            }
            double logSum = max + Math.log(sum);
            loss += weight * (logSum - buf.groupOut[base + y]);
            for (int k = 0; k < c; k++) {
                double softmax = Math.exp(buf.groupOut[base + k] - logSum);
                buf.groupErr[base + k] = (float) (weight * (softmax - (k == y ? 1 : 0)));
            }
        }
        return loss;
    }

    @Override
    public double forestLoss(BatchBuffers buf, int b) {
        int c = layout.classes;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
            max = Math.max(max, CombinationLoss.combined(buf, b, k, c));
        }
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += Math.exp(CombinationLoss.combined(buf, b, k, c) - max);
        }
        return max + Math.log(sum) - CombinationLoss.combined(buf, b, buf.y[b], c);
    }
}
