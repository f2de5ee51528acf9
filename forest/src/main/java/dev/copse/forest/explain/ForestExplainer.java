package dev.copse.forest.explain;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains one input: the soft prediction, every node the input reaches with at least a given probability
 * (its reach, left probability, leafness, weight and contribution to the predicted class), and the hard path
 * of each tree. With {@code minReach = 0} the contributions of all trees add up to the predicted class's
 * probability (mixture) or summed logit (summed logits). Stateless and thread-safe.
 */
public final class ForestExplainer {

    private ForestExplainer() {
    }

    /**
     * @param x        one raw input of {@code forest.numFeatures()} values (the forest's input scaling, if
     *                 any, is applied)
     * @param minReach list only nodes reached with at least this probability, in [0, 1]
     */
    public static ForestExplanation explain(SoftForest forest, float[] x, float minReach) {
        if (!(minReach >= 0f && minReach <= 1f)) {
            throw new IllegalArgumentException("minReach must be in [0, 1], got " + minReach);
        }
        ForestPredictions prediction = forest.predictSoft(x, 1);
        int c = prediction.label(0);
        float[] input = forest.inputScaling().map(s -> s.apply(x)).orElse(x);
        List<TreeExplanation> trees = new ArrayList<>();
        for (int t = 0; t < forest.numTrees(); t++) {
            trees.add(explainTree(forest, t, input, c, minReach));
        }
        float[] probabilities = new float[forest.numClasses()];
        for (int k = 0; k < probabilities.length; k++) {
            probabilities[k] = prediction.probability(0, k);
        }
        return new ForestExplanation(c, probabilities, trees);
    }

    private static TreeExplanation explainTree(SoftForest forest, int t, float[] x, int c, float minReach) {
        SoftTree tree = forest.tree(t);
        boolean mixture = forest.combination() == Combination.MIXTURE;
        float[] reach = new float[tree.nodeCount()];
        float[] left = new float[tree.nodeCount()];
        reach[0] = 1f;
        List<NodeVisit> visits = new ArrayList<>();
        for (int n = 0; n < tree.nodeCount(); n++) {
            float q = tree.leafness(n);
            float weight = reach[n] * q;
            float value = mixture ? tree.classDistribution(n)[c] / forest.numTrees() : tree.classLogits(n)[c];
            left[n] = Float.NaN;
            if (tree.isInner(n)) {
                float p = sigmoid(split(tree, n, x));
                left[n] = p;
                reach[tree.leftChild(n)] = reach[n] * (1f - q) * p;
                reach[tree.rightChild(n)] = reach[n] * (1f - q) * (1f - p);
            }
            if (reach[n] >= minReach) {
                visits.add(new NodeVisit(tree.nodeId(n), tree.depth(n), reach[n], left[n], q, weight, weight * value));
            }
        }
        return new TreeExplanation(t, visits, hardPath(tree, x));
    }

    /** The rule of hard inference: follow {@code w.x + b >= 0} left, stop at a leaf or at leafness above 0.5. */
    private static List<Integer> hardPath(SoftTree tree, float[] x) {
        List<Integer> path = new ArrayList<>();
        int n = 0;
        path.add(tree.nodeId(n));
        while (tree.isInner(n) && tree.leafness(n) <= 0.5f) {
            n = split(tree, n, x) >= 0f ? tree.leftChild(n) : tree.rightChild(n);
            path.add(tree.nodeId(n));
        }
        return path;
    }

    private static float split(SoftTree tree, int n, float[] x) {
        return tree.splitValue(n, x, 0);
    }

    private static float sigmoid(float s) {
        return (float) (1 / (1 + Math.exp(-s)));
    }
}
