package dev.copse.forest.soft;

/**
 * Turns the accumulated per-tree outputs of one input into class probabilities, the same way in every
 * inference mode (so the modes differ only in which nodes they visit).
 */
final class ForestOutput {

    private ForestOutput() {
    }

    /**
     * For {@link Combination#SUMMED_LOGITS}, {@code out} holds the summed logits and becomes their softmax.
     * For {@link Combination#MIXTURE}, {@code out} holds the sum of the trees' mixed distributions and is
     * divided by its total (1 up to rounding in soft mode; less when pruned-soft skipped some flow).
     */
    static void finish(Combination combination, float[] out, int offset, int classes) {
        if (combination == Combination.SUMMED_LOGITS) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, out[offset + c]);
            }
            float sum = 0f;
            for (int c = 0; c < classes; c++) {
                float e = (float) Math.exp(out[offset + c] - max);
                out[offset + c] = e;
                sum += e;
            }
            for (int c = 0; c < classes; c++) {
                out[offset + c] /= sum;
            }
        } else {
            float sum = 0f;
            for (int c = 0; c < classes; c++) {
                sum += out[offset + c];
            }
            for (int c = 0; c < classes; c++) {
                out[offset + c] /= sum;
            }
        }
    }
}
