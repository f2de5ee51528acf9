package dev.copse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StratificationTest {

    /** 100 rows: 50 of class 0, 30 of class 1, 20 of class 2; feature = row index, so rows are traceable. */
    static Dataset skewed() {
        int n = 100;
        float[] x = new float[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2;
        }
        return Dataset.of(x, y, List.of("a", "b", "c"), List.of("row"), null, DatasetTest.SOURCE);
    }

    @Test
    void splitKeepsEachClassShareExactly() {
        TrainTest split = skewed().stratifiedSplit(0.2, 42);
        assertArrayEquals(new int[] {10, 6, 4}, split.test().classCounts());
        assertArrayEquals(new int[] {40, 24, 16}, split.train().classCounts());
    }

    @Test
    void largestRemainderGivesTheExactTotal() {
        // Quotas 50*7/100 = 3.5, 30*7/100 = 2.1, 20*7/100 = 1.4: floors 3+2+1 = 6, the one left goes to 0.5.
        Dataset sample = skewed().stratifiedSample(7, 1);
        assertArrayEquals(new int[] {4, 2, 1}, sample.classCounts());
    }

    @Test
    void splitIsADisjointCoverInOriginalOrder() {
        TrainTest split = skewed().stratifiedSplit(0.3, 5);
        float[] all = new float[100];
        float[] train = split.train().features();
        float[] test = split.test().features();
        System.arraycopy(train, 0, all, 0, train.length);
        System.arraycopy(test, 0, all, train.length, test.length);
        assertTrue(isIncreasing(train) && isIncreasing(test), "both parts keep the original order");
        Arrays.sort(all);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, all[i], "every row exactly once");
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        Dataset data = skewed();
        assertArrayEquals(data.stratifiedSplit(0.2, 9).test().features(),
                data.stratifiedSplit(0.2, 9).test().features());
        assertFalse(Arrays.equals(data.stratifiedSplit(0.2, 9).test().features(),
                data.stratifiedSplit(0.2, 10).test().features()));
    }

    @Test
    void kFoldCoversEveryRowOnceAndBalancesClasses() {
        Dataset data = skewed();
        List<Fold> folds = data.stratifiedKFold(3, 11);
        assertEquals(3, folds.size());
        int[] seen = new int[100];
        for (Fold fold : folds) {
            int[] validation = fold.validationRows();
            int[] train = fold.trainRows();
            assertEquals(100, validation.length + train.length);
            assertTrue(validation.length == 33 || validation.length == 34, "sizes differ by at most one");
            for (int row : validation) {
                seen[row]++;
            }
            int[] counts = fold.validation(data).classCounts();
            // 50/3, 30/3, 20/3 per fold: each class within one of its even share.
            assertTrue(Math.abs(counts[0] - 50 / 3.0) < 1, Arrays.toString(counts));
            assertEquals(10, counts[1], Arrays.toString(counts));
            assertTrue(Math.abs(counts[2] - 20 / 3.0) < 1, Arrays.toString(counts));
            assertEquals(train.length, fold.train(data).size());
        }
        int[] once = new int[100];
        Arrays.fill(once, 1);
        assertArrayEquals(once, seen);
        assertArrayEquals(folds.get(1).validationRows(), data.stratifiedKFold(3, 11).get(1).validationRows());
    }

    @Test
    void rejectsImpossibleRequests() {
        Dataset data = skewed();
        assertThrows(IllegalArgumentException.class, () -> data.stratifiedSplit(0, 1));
        assertThrows(IllegalArgumentException.class, () -> data.stratifiedSplit(1, 1));
        var tiny = assertThrows(IllegalArgumentException.class, () -> data.stratifiedSplit(0.001, 1));
        assertTrue(tiny.getMessage().contains("0 test rows"), tiny.getMessage());
        assertThrows(IllegalArgumentException.class, () -> data.stratifiedKFold(1, 1));
        assertThrows(IllegalArgumentException.class, () -> data.stratifiedKFold(101, 1));
        assertThrows(IllegalArgumentException.class, () -> data.stratifiedSample(0, 1));
    }

    private static boolean isIncreasing(float[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i] <= values[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
