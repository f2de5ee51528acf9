package dev.copse.forest.soft;

/**
 * How a forest combines the outputs of its trees into one class distribution.
 */
public enum Combination {

    /**
     * Average of the trees' class distributions, {@code P(y|x) = (1/T) sum_t O_t(x)}: the mixture of
     * Shen et al. (2020), where every node holds a distribution {@code pi_n = softmax(theta_n)}.
     */
    MIXTURE,

    /**
     * <b>(Copse)</b> Sum of the trees' mixed node logits followed by one softmax,
     * {@code P(y|x) = softmax(sum_t sum_n weight_tn(x) theta_tn)}: a product of experts, as additive tree
     * models do. Far more expressive than the mixture for the same nodes.
     */
    SUMMED_LOGITS
}
