package dev.copse.forest.explain;

import java.util.List;

/**
 * Why a forest predicted what it did for one input.
 *
 * @param predictedClass the most probable class under soft inference
 * @param probabilities  soft class probabilities
 * @param trees          one explanation per tree, in forest order
 */
public record ForestExplanation(int predictedClass, float[] probabilities, List<TreeExplanation> trees) {

    public ForestExplanation {
        probabilities = probabilities.clone();
        trees = List.copyOf(trees);
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }
}
