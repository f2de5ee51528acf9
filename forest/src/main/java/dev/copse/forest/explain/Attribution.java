package dev.copse.forest.explain;

import dev.copse.forest.soft.Combination;
import dev.copse.forest.soft.ForestPredictions;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import java.util.Optional;

/**
 * Gradient × input for one input of a soft forest: the gradient of one class's soft probability with
 * respect to the raw input, computed analytically from the forward pass, multiplied feature by feature with
 * the input. A positive attribution means the feature's value pushed the class's probability up.
 *
 * <p>How the gradient is found: a tree's output is {@code V_root}, where a node's subtree value is
 * {@code V_n = q_n v_n + (1 - q_n) (p_n V_left + (1 - p_n) V_right)} ({@code V} of a leaf is its own
 * {@code v}), and {@code p_n = sigmoid(w_n . x + b_n)}. So {@code dV_root / d(w_n . x)} is
 * {@code reach_n (1 - q_n) p_n (1 - p_n) (V_left - V_right)}, and the gradient is the sum of these times
 * {@code w_n} over the inner nodes. For a mixture {@code v_n = pi_n[c] / T}; for summed logits the
 * probability {@code P_c = softmax(z)_c} of the summed logits {@code z} has {@code dP_c / dz_k =
 * P_c (delta_ck - P_k)}, so {@code v_n = sum_k theta_n[k] P_c (delta_ck - P_k)}. The forest's input
 * scaling, if any, divides the gradient by each feature's standard deviation.
 *
 * @param targetClass        the class whose probability is explained
 * @param probability        that class's soft probability for the input
 * @param gradient           {@code dP / dx_j} for every raw feature j
 * @param gradientTimesInput {@code x_j dP / dx_j}
 */
public record Attribution(int targetClass, float probability, float[] gradient, float[] gradientTimesInput) {

    public Attribution {
        gradient = gradient.clone();
        gradientTimesInput = gradientTimesInput.clone();
    }

    @Override
    public float[] gradient() {
        return gradient.clone();
    }

    @Override
    public float[] gradientTimesInput() {
        return gradientTimesInput.clone();
    }

    /** The attribution of the predicted class (the most probable one under soft inference). */
    public static Attribution of(SoftForest forest, float[] x) {
        requireInput(forest, x);
        return of(forest, x, forest.predictSoft(x, 1).label(0));
    }

    /**
     * The attribution of class {@code targetClass}.
     *
     * @param x one raw input of {@code forest.numFeatures()} values
     */
    public static Attribution of(SoftForest forest, float[] x, int targetClass) {
        requireInput(forest, x);
        int classes = forest.numClasses();
        if (targetClass < 0 || targetClass >= classes) {
            throw new IllegalArgumentException("class " + targetClass + " is not in [0, " + classes + ")");
        }
        ForestPredictions prediction = forest.predictSoft(x, 1);
        double[] classWeight = new double[classes];
        boolean mixture = forest.combination() == Combination.MIXTURE;
        if (mixture) {
            classWeight[targetClass] = 1.0 / forest.numTrees();
        } else {
            double pc = prediction.probability(0, targetClass);
            for (int k = 0; k < classes; k++) {
                classWeight[k] = pc * ((k == targetClass ? 1 : 0) - prediction.probability(0, k));
            }
        }
        Optional<float[]> std = forest.inputScaling().map(s -> s.std());
        float[] input = forest.inputScaling().map(s -> s.apply(x)).orElse(x);
        double[] sum = new double[x.length];
        for (SoftTree tree : forest.trees()) {
            accumulate(tree, input, classWeight, mixture, sum);
        }
        float[] gradient = new float[x.length];
        float[] times = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            double g = std.isPresent() ? sum[j] / std.get()[j] : sum[j];
            gradient[j] = (float) g;
            times[j] = (float) (g * x[j]);
        }
        return new Attribution(targetClass, prediction.probability(0, targetClass), gradient, times);
    }

    /** Adds one tree's gradient with respect to the (scaled) input {@code x} to {@code sum}. */
    private static void accumulate(SoftTree tree, float[] x, double[] classWeight, boolean mixture, double[] sum) {
        int nodes = tree.nodeCount();
        double[] reach = new double[nodes];
        double[] left = new double[nodes];
        reach[0] = 1;
        for (int n = 0; n < tree.innerNodeCount(); n++) {
            double p = 1 / (1 + Math.exp(-tree.splitValue(n, x, 0)));
            double pass = reach[n] * (1 - tree.leafness(n));
            left[n] = p;
            reach[tree.leftChild(n)] = pass * p;
            reach[tree.rightChild(n)] = pass * (1 - p);
        }
        double[] value = new double[nodes];
        // children come after their parents in index order, so walking backwards finishes them first
        for (int n = nodes - 1; n >= 0; n--) {
            float[] scores = mixture ? tree.classDistribution(n) : tree.classLogits(n);
            double own = 0;
            for (int k = 0; k < scores.length; k++) {
                own += classWeight[k] * scores[k];
            }
            if (!tree.isInner(n)) {
                value[n] = own;
                continue;
            }
            double q = tree.leafness(n);
            double p = left[n];
            double l = value[tree.leftChild(n)];
            double r = value[tree.rightChild(n)];
            value[n] = q * own + (1 - q) * (p * l + (1 - p) * r);
            double slope = reach[n] * (1 - q) * p * (1 - p) * (l - r);
            float[] w = tree.splitWeights(n);
            for (int j = 0; j < w.length; j++) {
                sum[j] += slope * w[j];
            }
        }
    }

    private static void requireInput(SoftForest forest, float[] x) {
        if (x.length != forest.numFeatures()) {
            throw new IllegalArgumentException("input of " + x.length + " values, the forest reads "
                    + forest.numFeatures() + " features");
        }
    }
}
