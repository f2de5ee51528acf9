package dev.copse.forest.train;

/**
 * The cross-entropy of one combination rule, over G loss groups of consecutive trees (one group of all
 * trees for a joint objective, one group per tree for per-tree objectives). Implementations state their
 * formulas and gradients.
 */
interface CombinationLoss {

    /** Fills {@code buf.groupOut} ({@code [B][G][C]}) from the mixing weights of a forward pass. */
    void mix(ForestParameters p, NodeTerms terms, BatchBuffers buf);

    /**
     * From {@code buf.groupOut} and {@code buf.weight}: writes each row's weighted cross-entropy to
     * {@code buf.loss}, {@code dLoss/dlog w_n} to {@code buf.g}, and overwrites the class-logit part of
     * {@code grad}. Returns the summed loss.
     */
    double gradient(ForestParameters p, NodeTerms terms, BatchBuffers buf, float[] grad);

    /** Cross-entropy of the combined forest output for row {@code b} (after {@link #mix}). */
    double forestLoss(BatchBuffers buf, int b);

    /** Predicted class of row {@code b}: the argmax of the combined forest output (after {@link #mix}). */
    default int forestLabel(BatchBuffers buf, int b, int classes) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            float score = combined(buf, b, c, classes);
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Sum over groups of {@code groupOut[b][g][c]}. */
    static float combined(BatchBuffers buf, int b, int c, int classes) {
        float sum = 0f;
        int base = b * buf.groups * classes;
        for (int g = 0; g < buf.groups; g++) {
            sum += buf.groupOut[base + g * classes + c];
        }
        return sum;
    }
}
