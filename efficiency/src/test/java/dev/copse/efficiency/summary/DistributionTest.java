package dev.copse.efficiency.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistributionTest {

    @Test
    void oneToHundredUnderNearestRank() {
        double[] values = new double[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i + 1;
        }
        shuffle(values);
        double[] before = values.clone();
        // Ranks: median ceil(50) = 50, p90 ceil(90) = 90, p99 ceil(99) = 99; mean 5050 / 100 = 50.5.
        assertEquals(new Distribution(100, 50.5, 50, 90, 99, 100), Distribution.of(values));
        assertArrayEquals(before, values, "input is not modified");
    }

    @Test
    void smallSamplesByHand() {
        assertEquals(new Distribution(1, 7, 7, 7, 7, 7), Distribution.of(new double[] {7}));
        // n = 3, sorted {1, 3, 5}: median rank ceil(1.5) = 2 -> 3; p90 ceil(2.7) = 3 -> 5; p99 -> 5.
        assertEquals(new Distribution(3, 3, 3, 5, 5, 5), Distribution.of(new double[] {5, 1, 3}));
        // n = 10, 1..10: median rank 5 -> 5; p90 rank 9 -> 9; p99 rank ceil(9.9) = 10 -> 10.
        assertEquals(new Distribution(10, 5.5, 5, 9, 10, 10),
                Distribution.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}));
        // n = 4: median rank 2, not the average of the middle two.
        assertEquals(2.0, Distribution.of(new double[] {1, 2, 3, 4}).median());
    }

    @Test
    void meanIsCompensated() {
        // Naively 1e16 + 1 rounds back to 1e16 four times and the mean would be 2e15;
        // the exact mean is (1e16 + 4) / 5 = 2,000,000,000,000,000.8.
        assertEquals(2_000_000_000_000_000.8, Distribution.of(new double[] {1e16, 1, 1, 1, 1}).mean());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Distribution.nearestRank(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> new Distribution(2, 1, 3, 2, 2, 3));
    }

    private static void shuffle(double[] values) {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
