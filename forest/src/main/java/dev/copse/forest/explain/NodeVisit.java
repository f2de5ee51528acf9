package dev.copse.forest.explain;

/**
 * One node an input reaches, with the quantities that decide its part in the prediction.
 *
 * @param nodeId          heap id of the node in its tree (root 0, children {@code 2n+1}, {@code 2n+2})
 * @param depth           depth of the node (root 0)
 * @param reach           flow into the node: probability of routing there without stopping earlier
 * @param leftProbability probability of going left at this node, NaN for a leaf
 * @param leafness        probability q of stopping here (1 for a leaf)
 * @param weight          mixing weight {@code reach * leafness}
 * @param contribution    the node's share of the predicted class's score: {@code weight * pi[c] / T} (a
 *                        part of the probability) for a mixture, {@code weight * theta[c]} (a part of the
 *                        summed logit) for summed logits
 */
public record NodeVisit(int nodeId, int depth, float reach, float leftProbability, float leafness, float weight,
                        float contribution) {
}
