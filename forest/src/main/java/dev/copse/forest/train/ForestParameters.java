package dev.copse.forest.train;

import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;
import dev.copse.forest.soft.SoftTree;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The mutable training state of a forest's parameters: the flat value array of {@link ForestLayout}, the
 * per-tree feature subsets, and the role of every node. Lives only inside a training run.
 */
final class ForestParameters {

    final ForestLayout layout;
    final float[] values;
    /** [T][d], 1 where tree t may use feature j, 0 elsewhere; null when every tree uses every feature. */
    final float[] featureMask;
    /** [T N] role of every node. */
    final NodeState[] state;

    ForestParameters(ForestLayout layout, float[] values, float[] featureMask, NodeState[] state) {
        this.layout = layout;
        this.values = values;
        this.featureMask = featureMask;
        this.state = state;
    }

    /**
     * Initial parameters: split weights drawn N(0, 1/d_t) over the d_t features tree t may use (so that
     * {@code w.x} has unit variance on standardised inputs), biases 0, every inner leafness logit
     * {@code logit(initialLeafness)}, class logits 0.
     */
    static ForestParameters initial(ForestLayout layout, Options options, SplittableRandom random) {
        float[] mask = featureMask(layout, options.featureFraction(), random.split());
        float[] values = new float[layout.size];
        SplittableRandom weights = random.split();
        for (int t = 0; t < layout.trees; t++) {
            int used = mask == null ? layout.features : countOnes(mask, t * layout.features, layout.features);
            double scale = 1.0 / Math.sqrt(used);
            for (int i = 0; i < layout.inner; i++) {
                int row = (t * layout.inner + i) * layout.features;
                for (int j = 0; j < layout.features; j++) {
                    boolean allowed = mask == null || mask[t * layout.features + j] != 0f;
                    values[row + j] = allowed ? (float) (weights.nextGaussian() * scale) : 0f;
                }
            }
        }
        float a = (float) Math.log(options.initialLeafness() / (1.0 - options.initialLeafness()));
        Arrays.fill(values, layout.leafnessOffset, layout.logitOffset, a);
        NodeState[] state = new NodeState[layout.totalNodes];
        Arrays.fill(state, NodeState.ACTIVE);
        return new ForestParameters(layout, values, mask, state);
    }

    private static float[] featureMask(ForestLayout layout, float fraction, SplittableRandom random) {
        if (fraction >= 1f) {
            return null;
        }
        int d = layout.features;
        int keep = Math.max(1, Math.round(fraction * d));
        float[] mask = new float[layout.trees * d];
        int[] order = new int[d];
        for (int t = 0; t < layout.trees; t++) {
            for (int j = 0; j < d; j++) {
                order[j] = j;
            }
            for (int j = 0; j < keep; j++) {
                int k = j + random.nextInt(d - j);
                int tmp = order[j];
                order[j] = order[k];
                order[k] = tmp;
                mask[t * d + order[j]] = 1f;
            }
        }
        return mask;
    }

    private static int countOnes(float[] mask, int from, int length) {
        int n = 0;
        for (int j = from; j < from + length; j++) {
            n += mask[j] != 0f ? 1 : 0;
        }
        return n;
    }

    /** True when forest inner node {@code k} ({@code t I + i}) splits: active and not at depth D. */
    boolean splits(int tree, int id) {
        return id < layout.inner && state[tree * layout.nodes + id] == NodeState.ACTIVE;
    }

    /**
     * Marks the nodes a finalised forest dropped as dead and its early leaves as frozen, so that training
     * continues on exactly the finalised structure.
     */
    void freezeStructure(SoftForest finalised) {
        for (int t = 0; t < layout.trees; t++) {
            SoftTree tree = finalised.tree(t);
            for (int id = 0; id < layout.nodes; id++) {
                int index = tree.indexOf(id);
                NodeState s;
                if (index < 0) {
                    s = NodeState.DEAD;
                } else if (!tree.isInner(index) && id < layout.inner) {
                    s = NodeState.FROZEN_LEAF;
                } else {
                    s = NodeState.ACTIVE;
                }
                state[t * layout.nodes + id] = s;
            }
        }
    }
}
