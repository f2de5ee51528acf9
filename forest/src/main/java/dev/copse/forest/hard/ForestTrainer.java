package dev.copse.forest.hard;

import dev.copse.core.data.Dataset;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.FeatureBinner;
import dev.copse.forest.hard.parallel.ParallelTasks;
import java.util.SplittableRandom;

/**
 * Trains either forest: validates the inputs, derives one seed per tree, grows the trees on the option's
 * threads (one {@link TreeGrower} and one {@link Splitter} per worker) and reports each finished tree.
 */
final class ForestTrainer {

    /** The most classes: labels are packed into 24 bits, histograms take 256 x C ints per worker. */
    static final int MAX_CLASSES = 65_536;

    private ForestTrainer() {
    }

    static HardForest fit(Dataset data, HardForestOptions options, ProgressListener listener) {
        if (data == null || options == null || listener == null) {
            throw new IllegalArgumentException("data, options and listener must not be null");
        }
        data.requireTwoClasses("a hard forest");
        FeatureBinner binner = FeatureBinner.fit(data, options.binning(), options.seed(), options.threads());
        BinnedFeatures x = binner.transform(data, options.threads());
        listener.onProgress(new ProgressEvent("bin features", 1, 1, binner.toString()));
        return fit(x, data.labels(), data.numClasses(), options, listener);
    }

    static HardForest fit(BinnedFeatures x, int[] y, int numClasses, HardForestOptions options,
                          ProgressListener listener) {
        if (x == null || y == null || options == null || listener == null) {
            throw new IllegalArgumentException("features, labels, options and listener must not be null");
        }
        checkLabels(x, y, numClasses);
        int maxFeatures = options.maxFeatures().resolve(x.numFeatures());
        int treeCount = options.trees();
        long[] seeds = new long[treeCount];
        SplittableRandom root = new SplittableRandom(options.seed());
        for (int t = 0; t < treeCount; t++) {
            seeds[t] = root.nextLong();
        }
        HardTree[] trees = new HardTree[treeCount];
        TreeProgress progress = new TreeProgress(listener, options.algorithm(), treeCount);
        ParallelTasks.run(treeCount, options.threads(), () -> {
            SampleRows sample = new SampleRows(x.size());
            Splitter splitter = switch (options) {
                case RandomForest.Options o ->
                        new BestSplitter(x, sample, numClasses, maxFeatures, o.minSamplesLeaf());
                case CompletelyRandomForest.Options o ->
                        new RandomSplitter(x, sample, numClasses, maxFeatures, o.minSamplesLeaf());
            };
            TreeGrower grower = new TreeGrower(x, y, numClasses, options, sample, splitter);
            return t -> {
                trees[t] = grower.grow(seeds[t]);
                progress.finished(t, trees[t]);
            };
        });
        return new HardForest(trees, x.binner(), numClasses, options);
    }

    private static void checkLabels(BinnedFeatures x, int[] y, int numClasses) {
        if (numClasses < 1 || numClasses > MAX_CLASSES) {
            throw new IllegalArgumentException("numClasses must be in [1, " + MAX_CLASSES + "], got " + numClasses);
        }
        if (y.length != x.size()) {
            throw new IllegalArgumentException(y.length + " labels for " + x.size() + " rows of features");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= numClasses) {
                throw new IllegalArgumentException("label " + y[i] + " at row " + i + " is outside [0, "
                        + numClasses + ")");
            }
        }
    }

    /** Serialises listener calls from the workers and counts finished trees. */
    private static final class TreeProgress {

        private final ProgressListener listener;
        private final String task;
        private final int total;
        private int done;

        TreeProgress(ProgressListener listener, String task, int total) {
            this.listener = listener;
            this.task = task;
            this.total = total;
        }

        synchronized void finished(int index, HardTree tree) {
            done++;
            listener.onProgress(new ProgressEvent(task, done, total, "tree " + index + ": " + tree.nodeCount()
                    + " nodes, depth " + tree.depth()));
        }
    }
}
