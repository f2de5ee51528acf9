package dev.copse.forest.hard;

import dev.copse.forest.hard.binning.BinnedFeatures;
import java.util.SplittableRandom;

/**
 * Grows one tree at a time on binned features: draws the tree's sample, then repeatedly takes a node off an
 * explicit stack, makes it a leaf (pure, too deep, too small, or no split found) or asks the
 * {@link Splitter} for a split and partitions the node's rows in place around it. Depth-first, left child
 * first. One instance per worker thread, holding O(n) scratch reused across its trees; not thread-safe.
 *
 * <p>Everything random in a tree comes from one {@code SplittableRandom(seed)}, in a fixed order: the
 * bootstrap draws ({@code n} calls of {@code nextInt(n)}), then the splitter's draws node by node.
 */
final class TreeGrower {

    private final BinnedFeatures x;
    private final byte[][] columns;
    private final int[] labels;
    private final int maxDepth;
    private final int minLeaf;
    private final boolean bootstrap;
    private final SampleRows sample;
    private final Splitter splitter;
    private final int[] classWeights;
    private final NodeStack stack = new NodeStack();
    private final TreeBuffer buffer;

    /**
     * @param sample   the worker's rows, shared with {@code splitter}
     * @param splitter reads {@code sample}
     */
    TreeGrower(BinnedFeatures x, int[] labels, int numClasses, HardForestOptions options, SampleRows sample,
               Splitter splitter) {
        this.x = x;
        this.columns = new byte[x.numFeatures()][];
        for (int f = 0; f < columns.length; f++) {
            columns[f] = x.column(f);
        }
        this.labels = labels;
        this.maxDepth = options.maxDepth();
        this.minLeaf = options.minSamplesLeaf();
        this.bootstrap = options.bootstrap();
        this.sample = sample;
        this.splitter = splitter;
        this.classWeights = new int[numClasses];
        this.buffer = new TreeBuffer(numClasses);
    }

    /** Grows the tree of {@code seed}. */
    HardTree grow(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int sampled = sample.draw(labels, bootstrap, random);
        int rootConstants = splitter.startTree();
        buffer.startTree();
        stack.clear();
        stack.push(0, 0, sampled, 0, rootConstants);
        while (!stack.isEmpty()) {
            stack.pop();
            int node = stack.node();
            int lo = stack.lo();
            int hi = stack.hi();
            int depth = stack.depth();
            int total = sample.countClasses(lo, hi, classWeights);
            long split = depth >= maxDepth || total < 2L * minLeaf || isPure(total) ? Splitter.NONE
                    : splitter.find(lo, hi, classWeights, total, stack.constants(), random);
            if (split == Splitter.NONE) {
                buffer.leaf(node, depth, classWeights, total);
                continue;
            }
            int feature = Splitter.feature(split);
            int bin = Splitter.bin(split);
            int mid = sample.partition(columns[feature], bin, lo, hi);
            int left = buffer.split(node, feature, bin);
            int constants = splitter.childConstants();
            stack.push(left + 1, mid, hi, depth + 1, constants);
            stack.push(left, lo, mid, depth + 1, constants);
        }
        return buffer.build(x.binner());
    }

    private boolean isPure(int total) {
        for (int w : classWeights) {
            if (w != 0) {
                return w == total;
            }
        }
        return true;
    }
}
