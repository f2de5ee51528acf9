package dev.copse.forest.soft;

import dev.copse.core.kernel.Blas1;
import java.util.Arrays;

/**
 * One trained budding tree (Shen et al., 2020), stored compactly so inference touches only retained nodes.
 *
 * <p>Nodes are identified by their position in the complete binary tree of depth {@link #maxDepth()}
 * (heap numbering: root 0, children of {@code n} are {@code 2n+1} (left) and {@code 2n+2} (right)), and
 * stored by <em>index</em>: indices {@code 0 .. m-1} are the inner nodes in increasing id, indices
 * {@code m .. K-1} the leaves in increasing id, so every parent precedes its children. Inner node {@code i}
 * owns split row {@code i}: {@code p_i(x) = sigmoid(w_i . x + b_i)} is the probability of going left (the
 * training temperature {@code beta} is folded into {@code w} and {@code b}). Every node has a leafness
 * {@code q_n} (1 for leaves) and class logits {@code theta_n}. A sample's <em>flow</em> into node n is
 * {@code f_n(x) = mu_n(x) prod_{a in anc(n)} (1 - q_a)}, and the node contributes with weight
 * {@code f_n(x) q_n} (the budding tree's output {@code O_root}).
 *
 * <p>Immutable and thread-safe. Arrays passed in are copied; accessors return copies.
 */
public final class SoftTree {

    private final int maxDepth;
    private final int features;
    private final int classes;
    private final int[] nodeIds;        // [K]
    private final float[] leafness;     // [K]
    private final float[] logits;       // [K][C]
    private final float[] distributions; // [K][C], softmax of logits
    private final float[] weights;      // [m][d]
    private final float[] bias;         // [m]
    private final int[] left;           // [m], node indices
    private final int[] right;          // [m]

    /**
     * @param maxDepth    depth of the complete tree the node ids refer to, {@code >= 1}
     * @param features    input dimension d
     * @param classes     number of classes C, {@code >= 2}
     * @param nodeIds     heap id of every node: inner nodes first, then leaves, each group increasing
     * @param leafness    q of every node in [0, 1]; exactly 1 for leaves
     * @param classLogits theta of every node, {@code K x C} row-major
     * @param splitWeights split weights of the inner nodes, {@code m x d} row-major, {@code m = splitBias.length}
     * @param splitBias   split biases of the inner nodes
     * @param leftChild   node index of each inner node's left child ({@code nodeIds = 2 id + 1})
     * @param rightChild  node index of each inner node's right child ({@code nodeIds = 2 id + 2})
     * @throws IllegalArgumentException naming the first inconsistency found
     */
    public SoftTree(int maxDepth, int features, int classes, int[] nodeIds, float[] leafness, float[] classLogits,
                    float[] splitWeights, float[] splitBias, int[] leftChild, int[] rightChild) {
        if (maxDepth < 1 || maxDepth > 30 || features < 1 || classes < 2) {
            throw new IllegalArgumentException("SoftTree needs maxDepth in [1, 30], features >= 1 and classes >= 2, got "
                    + maxDepth + ", " + features + ", " + classes);
        }
        this.maxDepth = maxDepth;
        this.features = features;
        this.classes = classes;
        this.nodeIds = nodeIds.clone();
        this.leafness = leafness.clone();
        this.logits = classLogits.clone();
        this.weights = splitWeights.clone();
        this.bias = splitBias.clone();
        this.left = leftChild.clone();
        this.right = rightChild.clone();
        new TreeValidation(this.maxDepth, features, classes).check(
                this.nodeIds, this.leafness, this.logits, this.weights, this.bias, this.left, this.right);
        this.distributions = softmaxRows(this.logits, classes);
    }

    private static float[] softmaxRows(float[] logits, int classes) {
        float[] out = new float[logits.length];
        for (int r = 0; r < logits.length; r += classes) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                max = Math.max(max, logits[r + c]);
            }
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += Math.exp(logits[r + c] - max);
            }
            for (int c = 0; c < classes; c++) {
                out[r + c] = (float) (Math.exp(logits[r + c] - max) / sum);
            }
        }
        return out;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int numFeatures() {
        return features;
    }

    public int numClasses() {
        return classes;
    }

    /** Number of nodes K (inner nodes and leaves). */
    public int nodeCount() {
        return nodeIds.length;
    }

    /** Number of inner nodes m; they have indices {@code 0 .. m-1}. */
    public int innerNodeCount() {
        return bias.length;
    }

    public boolean isInner(int index) {
        return index < bias.length;
    }

    /** Heap id of the node at {@code index}. */
    public int nodeId(int index) {
        return nodeIds[index];
    }

    /** Index of the node with heap id {@code id}, or -1 if the tree does not keep that node. */
    public int indexOf(int id) {
        int m = bias.length;
        int i = Arrays.binarySearch(nodeIds, 0, m, id);
        if (i >= 0) {
            return i;
        }
        int l = Arrays.binarySearch(nodeIds, m, nodeIds.length, id);
        return l >= 0 ? l : -1;
    }

    /** Depth of a heap id: the root has depth 0. */
    public static int depthOfId(int id) {
        return 31 - Integer.numberOfLeadingZeros(id + 1);
    }

    public int depth(int index) {
        return depthOfId(nodeIds[index]);
    }

    public float leafness(int index) {
        return leafness[index];
    }

    public float[] classLogits(int index) {
        return Arrays.copyOfRange(logits, index * classes, (index + 1) * classes);
    }

    public float[] classDistribution(int index) {
        return Arrays.copyOfRange(distributions, index * classes, (index + 1) * classes);
    }

    /** Split weights of inner node {@code index} (temperature folded in). */
    public float[] splitWeights(int index) {
        requireInner(index);
        return Arrays.copyOfRange(weights, index * features, (index + 1) * features);
    }

    public float splitBias(int index) {
        requireInner(index);
        return bias[index];
    }

    /**
     * Split value {@code w_i . x + b_i} of inner node {@code index} for the input at {@code x[offset ..]}:
     * the same arithmetic as inference, so {@code >= 0} means hard routing goes left. Cost: d MACs.
     */
    public float splitValue(int index, float[] x, int offset) {
        requireInner(index);
        if (offset < 0 || offset + features > x.length) {
            throw new IllegalArgumentException("input of " + features + " features at offset " + offset
                    + " does not fit in an array of " + x.length);
        }
        return (float) Blas1.dot(features, weights, index * features, x, offset) + bias[index];
    }

    public int leftChild(int index) {
        requireInner(index);
        return left[index];
    }

    public int rightChild(int index) {
        requireInner(index);
        return right[index];
    }

    private void requireInner(int index) {
        if (index < 0 || index >= bias.length) {
            throw new IllegalArgumentException("node index " + index + " is not an inner node (inner indices are 0.."
                    + (bias.length - 1) + ")");
        }
    }

    public TreeSummary summary() {
        int m = bias.length;
        int leaves = nodeIds.length - m;
        long depthSum = 0;
        int maxLeaf = 0;
        for (int l = m; l < nodeIds.length; l++) {
            int depth = depthOfId(nodeIds[l]);
            depthSum += depth;
            maxLeaf = Math.max(maxLeaf, depth);
        }
        return new TreeSummary(m, leaves, depthSum / (double) leaves, maxLeaf, (1 << maxDepth) - 1);
    }

    /**
     * <b>(Copse)</b> Topology finalisation: every node whose leafness exceeds {@code threshold} becomes a hard
     * leaf ({@code q = 1}) and its subtree is dropped; the other inner nodes keep their soft leafness.
     *
     * @param threshold in (0, 1]; 1 keeps every node
     */
    public SoftTree finalise(float threshold) {
        return TopologyFinalisation.finalise(this, threshold);
    }

    /** The per-node vectors a combination mixes: distributions for a mixture, logits for summed logits. */
    float[] mixValues(Combination combination) {
        return combination == Combination.MIXTURE ? distributions : logits;
    }

    float[] weightsView() {
        return weights;
    }

    /**
     * Soft evaluation from precomputed split values {@code z[zOffset + i] = w_i . x} of all inner nodes:
     * writes every node's mixing weight {@code f_n q_n} to {@code weights[weightOffset + n]}.
     * {@code flow} is scratch of length K.
     */
    void softWeights(float[] z, int zOffset, float[] flow, float[] weights, int weightOffset) {
        int m = bias.length;
        flow[0] = 1f;
        for (int i = 0; i < m; i++) {
            float s = z[zOffset + i] + bias[i];
            float f = flow[i];
            float q = leafness[i];
            weights[weightOffset + i] = f * q;
            float through = f * (1f - q);
            float e = Logistic.tail(s);
            flow[left[i]] = through * Logistic.left(s, e);
            flow[right[i]] = through * Logistic.right(s, e);
        }
        for (int l = m; l < nodeIds.length; l++) {
            weights[weightOffset + l] = flow[l];
        }
    }

    /**
     * Pruned-soft evaluation of the rows {@code firstRow .. firstRow + rows - 1} of {@code x}: adds to each row's
     * output {@code out[row * C ..]} the soft mixture {@code sum_n f_n q_n v_n}, except that a node whose flow
     * is below {@code epsilon} is skipped with its whole subtree; split dot products are computed only for
     * visited inner nodes. Adds each row's evaluated inner nodes to {@code evaluated[r]} and mixed nodes to
     * {@code mixed[r]}. {@code nodeStack} and {@code flowStack} are scratch of at least K entries.
     *
     * <p>Each row walks its own tree depth first, so the work per row is proportional to the nodes it visits;
     * rows of one tree run one after another, so the tree's weight rows stay in cache.
     */
    void mixPruned(float[] x, int firstRow, int rows, float epsilon, float[] values, int[] nodeStack,
                   float[] flowStack, float[] out, int[] evaluated, int[] mixed) {
        int m = bias.length;
        for (int r = 0; r < rows; r++) {
            int row = firstRow + r;
            int outOffset = row * classes;
            int top = 0;
            nodeStack[top] = 0;
            flowStack[top++] = 1f;
            while (top > 0) {
                int n = nodeStack[--top];
                float f = flowStack[top];
                if (f < epsilon) {
                    continue;
                }
                mixed[r]++;
                if (n >= m) {
                    mix(n, f, values, out, outOffset);
                    continue;
                }
                float s = (float) Blas1.dot(features, weights, n * features, x, row * features) + bias[n];
                float e = Logistic.tail(s);
                float q = leafness[n];
                mix(n, f * q, values, out, outOffset);
                float through = f * (1f - q);
                evaluated[r]++;
                nodeStack[top] = right[n];
                flowStack[top++] = through * Logistic.right(s, e);
                nodeStack[top] = left[n];
                flowStack[top++] = through * Logistic.left(s, e);
            }
        }
    }

    private void mix(int n, float weight, float[] values, float[] out, int outOffset) {
        int base = n * classes;
        for (int c = 0; c < classes; c++) {
            out[outOffset + c] += weight * values[base + c];
        }
    }

    /**
     * <b>(Copse)</b> Hard routing of the rows {@code firstRow .. firstRow + rows - 1} of {@code x}: from the
     * root, follow the more probable branch ({@code w.x + b >= 0} goes left, so a tie goes left) and stop at
     * the first node that is a leaf or has leafness above 0.5. Writes the index of that node to
     * {@code node[r]} and adds the split dot products computed to {@code evaluated[r]}. Each row follows
     * its own path, so the work per row is one dot product per level it descends and nothing else.
     */
    void hardNodes(float[] x, int firstRow, int rows, int[] node, int[] evaluated) {
        int m = bias.length;
        for (int r = 0; r < rows; r++) {
            int offset = (firstRow + r) * features;
            int i = 0;
            int visited = 0;
            while (i < m && leafness[i] <= 0.5f) {
                float s = (float) Blas1.dot(features, weights, i * features, x, offset) + bias[i];
                i = s >= 0f ? left[i] : right[i];
                visited++;
            }
            node[r] = i;
            evaluated[r] += visited;
        }
    }
}
