package dev.copse.forest.hard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.forest.hard.binning.BinnedFeatures;
import dev.copse.forest.hard.binning.BinningOptions;
import dev.copse.forest.hard.binning.FeatureBinner;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The histogram and sorted-key split searches against an exhaustive Gini computation. */
class BestSplitterTest {

    /**
     * @param n       rows
     * @param classes classes
     * @param values  distinct values per feature (more than 255 gives 255 quantile bins)
     */
    @ParameterizedTest(name = "{0} rows, {1} classes, {2} values: {3}")
    @CsvSource({
        "100, 10, 1000, sorted keys",
        "40, 3, 1000, sorted keys",
        "3000, 3, 30, histogram",
        "2000, 10, 1000, histogram",
    })
    void findsTheBestGiniSplitOfTheNode(int n, int classes, int values, String path) {
        int d = 6;
        int binRows = Math.max(n, 5000); // bins come from more rows than the node has, as for a deep node
        SplittableRandom random = new SplittableRandom(n * 31L + classes);
        float[] x = new float[binRows * d];
        int[] all = new int[binRows];
        for (int r = 0; r < binRows; r++) {
            all[r] = random.nextInt(classes);
            for (int f = 0; f < d; f++) {
                // informative but noisy: the label shifts the value of features 0 and 1
                int shift = f < 2 ? all[r] * values / (3 * classes) : 0;
                x[r * d + f] = Math.min(values - 1, random.nextInt(values) / 2 + shift);
            }
        }
        int[] first = new int[n];
        for (int r = 0; r < n; r++) {
            first[r] = r;
        }
        BinnedFeatures binned = FeatureBinner.fit(x, binRows, d, BinningOptions.defaults(), 1, 1)
                .transform(x, binRows, 1).subset(first);
        int[] y = Arrays.copyOf(all, n);
        int bins = binned.binner().numBins(0);
        boolean sorted = (long) n * BestSplitter.SORT_FACTOR < (long) bins * classes;
        assertEquals(path.equals("sorted keys"), sorted, "the case exercises the intended path");

        SampleRows sample = new SampleRows(n);
        int m = sample.draw(y, true, random);
        BestSplitter splitter = new BestSplitter(binned, sample, classes, d, 1);
        int known = splitter.startTree();
        int[] classWeights = new int[classes];
        int total = sample.countClasses(0, m, classWeights);
        long split = splitter.find(0, m, classWeights, total, known, new SplittableRandom(7));
        assertNotEquals(Splitter.NONE, split);

        double best = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < d; f++) {
            for (int t = 0; t < 254; t++) {
                best = Math.max(best, score(binned, sample, m, classes, f, t));
            }
        }
        int feature = Splitter.feature(split);
        int bin = Splitter.bin(split);
        assertEquals(best, score(binned, sample, m, classes, feature, bin), 1e-9 * best);
    }

    /** sum L_c^2 / W_L + sum R_c^2 / W_R, or -infinity if a side is empty; straight from the definition. */
    private static double score(BinnedFeatures x, SampleRows sample, int m, int classes, int f, int t) {
        double[] left = new double[classes];
        double[] right = new double[classes];
        double wl = 0;
        double wr = 0;
        for (int i = 0; i < m; i++) {
            int w = sample.weights[i];
            if (x.bin(sample.rows[i], f) <= t) {
                left[sample.labels[i]] += w;
                wl += w;
            } else {
                right[sample.labels[i]] += w;
                wr += w;
            }
        }
        if (wl == 0 || wr == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double sl = 0;
        double sr = 0;
        for (int c = 0; c < classes; c++) {
            sl += left[c] * left[c];
            sr += right[c] * right[c];
        }
        return sl / wl + sr / wr;
    }

    @ParameterizedTest(name = "minSamplesLeaf {0}")
    @CsvSource({"3", "20"})
    void respectsMinSamplesLeaf(int minLeaf) {
        int n = 60;
        int d = 2;
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            x[r * d] = r;
            x[r * d + 1] = (r * 17) % n;
            y[r] = r < 2 ? 1 : 0; // the purest split would isolate 2 rows
        }
        BinnedFeatures binned = FeatureBinner.fit(x, n, d, BinningOptions.defaults(), 1, 1).transform(x, n, 1);
        SampleRows sample = new SampleRows(n);
        int m = sample.draw(y, false, new SplittableRandom(1));
        BestSplitter splitter = new BestSplitter(binned, sample, 2, d, minLeaf);
        int known = splitter.startTree();
        int[] classWeights = new int[2];
        int total = sample.countClasses(0, m, classWeights);
        long split = splitter.find(0, m, classWeights, total, known, new SplittableRandom(2));
        int left = 0;
        for (int r = 0; r < n; r++) {
            if (binned.bin(r, Splitter.feature(split)) <= Splitter.bin(split)) {
                left++;
            }
        }
        assertTrue(left >= minLeaf && n - left >= minLeaf, left + " rows go left");
    }
}
