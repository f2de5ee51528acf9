package dev.copse.forest.train;

import dev.copse.forest.soft.Combination;

/**
 * The training objective of one batch and its exact gradient with respect to every parameter of
 * {@link ForestLayout}:
 * <pre>
 *   L = sum_b sum_g weight_bg CE_g(b)  +  size penalty  +  balance penalty  +  (l2/2) ||W||^2
 * </pre>
 * composed of {@link BuddingForward}, a {@link CombinationLoss}, {@link BalancePenalty},
 * {@link BuddingBackward} and {@link SizePenalty}. Rows go into {@link #buffers()} first. Owns every buffer it
 * uses, so repeated calls allocate nothing. Not thread-safe (it uses the workers of its {@link ParallelRanges}).
 */
final class BatchObjective {

    private final ForestLayout layout;
    private final ParallelRanges parallel;
    private final NodeTerms terms;
    private final BatchBuffers buffers;
    private final BuddingForward forward;
    private final CombinationLoss loss;
    private final BuddingBackward backward;
    private final BalancePenalty balance;
    private final SizePenalty size;
    private final double[] partialSums;

    BatchObjective(ForestLayout layout, Combination combination, int groups, int capacity, ParallelRanges parallel) {
        if (layout.trees % groups != 0) {
            throw new IllegalArgumentException(groups + " loss groups do not divide " + layout.trees + " trees");
        }
        this.layout = layout;
        this.parallel = parallel;
        boolean mixture = combination == Combination.MIXTURE;
        this.terms = new NodeTerms(layout, mixture);
        this.buffers = new BatchBuffers(layout, capacity, groups);
        this.forward = new BuddingForward(layout, parallel);
        this.loss = mixture ? new MixtureLoss(layout, parallel) : new SummedLogitsLoss(layout, parallel);
        this.backward = new BuddingBackward(layout, parallel);
        this.balance = new BalancePenalty(layout);
        this.size = new SizePenalty(layout);
        this.partialSums = new double[parallel.workers()];
    }

    BatchBuffers buffers() {
        return buffers;
    }

    /**
     * Returns the loss of the rows in {@link #buffers()} (with their weights already set) and overwrites
     * {@code grad} with its gradient. With {@code trainLeafness} false the leafness logits are constants:
     * their gradient is zero and the size penalty (a function of them only) is left out.
     */
    double lossAndGradient(ForestParameters p, Penalties penalties, float beta, boolean trainLeafness,
                           float[] grad) {
        terms.update(p);
        forward.run(p, terms, beta, buffers);
        loss.mix(p, terms, buffers);
        double value = loss.gradient(p, terms, buffers, grad);
        float[] phi = null;
        if (penalties.balance() > 0f) {
            value += balance.prepare(p, buffers, parallel, penalties.balance());
            phi = balance.phi;
        }
        backward.run(p, terms, phi, beta, trainLeafness, buffers, grad);
        if (trainLeafness && penalties.size() > 0f) {
            value += size.apply(p, terms, penalties.size(), grad);
        }
        if (penalties.l2() > 0f) {
            value += weightDecay(p, penalties.l2(), grad);
        }
        return value;
    }

    /** Forward pass only, for predictions: afterwards {@link #predicted} and {@link #rowLoss} answer. */
    void evaluate(ForestParameters p, float beta) {
        terms.update(p);
        forward.run(p, terms, beta, buffers);
        loss.mix(p, terms, buffers);
    }

    /** Predicted class of batch row b after {@link #evaluate} or {@link #lossAndGradient}. */
    int predicted(int b) {
        return loss.forestLabel(buffers, b, layout.classes);
    }

    /** Cross-entropy of the combined forest output for batch row b. */
    double rowLoss(int b) {
        return loss.forestLoss(buffers, b);
    }

    private double weightDecay(ForestParameters p, float l2, float[] grad) {
        int d = layout.features;
        double[] partial = partialSums;
        java.util.Arrays.fill(partial, 0);
        parallel.run(layout.totalInner, (worker, from, to) -> {
            double sum = 0;
            for (int k = from * d; k < to * d; k++) {
                float w = p.values[k];
                sum += (double) w * w;
                grad[k] += l2 * w;
            }
            partial[worker] = sum;
        });
        double total = 0;
        for (double s : partial) {
            total += s;
        }
        return 0.5 * l2 * total;
    }
}
