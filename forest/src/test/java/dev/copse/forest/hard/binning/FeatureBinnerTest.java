package dev.copse.forest.hard.binning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureBinnerTest {

    /** Three features over 6 rows: few distinct values, a constant, and values with a repeat. */
    private static final float[] SMALL = {
        1, 7, -2,
        3, 7, 0,
        2, 7, 5,
        3, 7, 0,
        1, 7, 9,
        5, 7, -2,
    };

    @Test
    void binsFewDistinctValuesOnePerValue() {
        FeatureBinner binner = FeatureBinner.fit(SMALL, 6, 3, BinningOptions.defaults(), 1, 1);
        assertArrayEquals(new float[] {1.5f, 2.5f, 4f}, binner.edges(0));
        assertEquals(4, binner.numBins(0));
        assertEquals(1, binner.numBins(1), "a constant feature has one bin");
        assertArrayEquals(new float[] {-1f, 2.5f, 7f}, binner.edges(2));
        BinnedFeatures x = binner.transform(SMALL, 6, 1);
        int[] expected0 = {0, 2, 1, 2, 0, 3};
        int[] expected2 = {0, 1, 2, 1, 3, 0};
        for (int r = 0; r < 6; r++) {
            assertEquals(expected0[r], x.bin(r, 0), "row " + r);
            assertEquals(0, x.bin(r, 1));
            assertEquals(expected2[r], x.bin(r, 2), "row " + r);
        }
    }

    @Test
    void unseenValuesFallInTheNearestBinAndEdgesBelongToTheLowerBin() {
        FeatureBinner binner = FeatureBinner.fit(SMALL, 6, 3, BinningOptions.defaults(), 1, 1);
        assertEquals(0, binner.bin(0, -100f));
        assertEquals(3, binner.bin(0, 100f));
        assertEquals(1, binner.bin(0, 2.5f), "a value equal to an edge goes to the lower bin");
        assertEquals(2, binner.bin(0, Math.nextUp(2.5f)));
        assertEquals(0, binner.bin(1, 1e30f), "a constant feature maps everything to bin 0");
    }

    @Test
    void binOfValueIsAtMostBExactlyWhenValueIsAtMostUpperEdge() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2000;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextGaussian();
        }
        FeatureBinner binner = FeatureBinner.fit(x, n, 1, BinningOptions.defaults(), 1, 1);
        assertEquals(255, binner.numBins(0), "more distinct values than bins gives all 255 bins");
        for (int k = 0; k < 5000; k++) {
            float v = (float) (random.nextGaussian() * 1.5);
            int b = binner.bin(0, v);
            for (int t = 0; t < binner.numBins(0) - 1; t++) {
                assertEquals(b <= t, v <= binner.upperEdge(0, t), "value " + v + ", bin " + t);
            }
        }
    }

    @Test
    void quantileBinsHoldAboutEqualShares() {
        int n = 255 * 40;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 7919) % n; // a permutation of 0 .. n-1: every value distinct
        }
        FeatureBinner binner = FeatureBinner.fit(x, n, 1, BinningOptions.defaults(), 1, 1);
        int[] counts = new int[255];
        BinnedFeatures binned = binner.transform(x, n, 2);
        for (int r = 0; r < n; r++) {
            counts[binned.bin(r, 0)]++;
        }
        for (int b = 0; b < 255; b++) {
            assertTrue(counts[b] >= 39 && counts[b] <= 41, "bin " + b + " holds " + counts[b]);
        }
    }

    @Test
    void subsampleIsSeededAndThreadCountDoesNotMatter() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 3000;
        int d = 20;
        float[] x = new float[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = (float) random.nextDouble();
        }
        BinningOptions options = BinningOptions.defaults().withSampleRows(500).withMaxBins(16);
        FeatureBinner one = FeatureBinner.fit(x, n, d, options, 5, 1);
        assertEquals(one, FeatureBinner.fit(x, n, d, options, 5, 3));
        assertNotEquals(one, FeatureBinner.fit(x, n, d, options, 6, 1), "another seed, another subsample");
        assertEquals(16, one.numBins(7));
        assertEquals(one.transform(x, n, 1).bin(123, 7), one.transform(x, n, 4).bin(123, 7));
    }

    @Test
    void transformMatchesBinForEveryValue() {
        SplittableRandom random = new SplittableRandom(2);
        int n = 5000;
        int d = 3;
        float[] x = new float[n * d];
        for (int k = 0; k < x.length; k++) {
            x[k] = random.nextInt(400) / 7f;
        }
        FeatureBinner binner = FeatureBinner.fit(x, n, d, BinningOptions.defaults(), 1, 2);
        BinnedFeatures binned = binner.transform(x, n, 3);
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < d; f++) {
                assertEquals(binner.bin(f, x[r * d + f]), binned.bin(r, f));
            }
        }
        BinnedFeatures picked = binned.subset(new int[] {4, 4, 17});
        assertEquals(3, picked.size());
        assertEquals(binned.bin(17, 2), picked.bin(2, 2));
        assertEquals(binned.bin(4, 1), picked.bin(1, 1));
    }

    @Test
    void rejectsBadInputWithClearMessages() {
        float[] bad = SMALL.clone();
        bad[4] = Float.NaN;
        var e = assertThrows(IllegalArgumentException.class,
                () -> FeatureBinner.fit(bad, 6, 3, BinningOptions.defaults(), 1, 1));
        assertTrue(e.getMessage().contains("row 1, column 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FeatureBinner.fit(SMALL, 5, 3, BinningOptions.defaults(), 1, 1));
        assertTrue(e.getMessage().contains("5 rows x 3 features need 15"), e.getMessage());
        FeatureBinner binner = FeatureBinner.fit(SMALL, 6, 3, BinningOptions.defaults(), 1, 1);
        e = assertThrows(IllegalArgumentException.class, () -> binner.transform(bad, 6, 1));
        assertTrue(e.getMessage().contains("row 1, column 1 is NaN"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> binner.bin(0, Float.NaN));
        assertThrows(IndexOutOfBoundsException.class, () -> binner.upperEdge(0, 3));
        e = assertThrows(IllegalArgumentException.class, () -> new BinningOptions(256, 10));
        assertEquals("binning maxBins must be in [2, 255], got 256", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new BinningOptions(2, 0));
        assertEquals("binning sampleRows must be >= 1, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FeatureBinner.ofEdges(new float[][] {{1f, 2f}, {3f, 3f}}));
        assertTrue(e.getMessage().contains("edge 1 of feature 1"), e.getMessage());
    }

    @Test
    void ofEdgesRoundTrips() {
        FeatureBinner binner = FeatureBinner.fit(SMALL, 6, 3, BinningOptions.defaults(), 1, 1);
        FeatureBinner copy = FeatureBinner.ofEdges(new float[][] {binner.edges(0), binner.edges(1), binner.edges(2)});
        assertEquals(binner, copy);
        assertEquals(binner.hashCode(), copy.hashCode());
    }
}
