package dev.copse.cascade.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstanceSampleTest {

    private static int[] images(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = 2 * i; // any rows, not only 0..n-1
        }
        return rows;
    }

    @Test
    void theCapBoundsTheInstancesAndSpreadsThemEvenlyOverImages() {
        InstanceSample sample = InstanceSample.draw(images(100), 121, 1000, 5);

        assertEquals(1000, sample.count());
        Set<Long> distinct = new HashSet<>();
        int[] perImage = new int[200];
        for (int i = 0; i < sample.count(); i++) {
            assertTrue(sample.positions()[i] >= 0 && sample.positions()[i] < 121);
            distinct.add((long) sample.images()[i] << 32 | sample.positions()[i]);
            perImage[sample.images()[i]]++;
        }
        assertEquals(1000, distinct.size(), "positions are drawn without replacement within an image");
        for (int i = 0; i < 100; i++) {
            assertEquals(10, perImage[2 * i]);
        }
    }

    @Test
    void everyImageGivesAtLeastOneAndAtMostAllPositions() {
        assertEquals(1, InstanceSample.perImage(500, 121, 100));
        assertEquals(121, InstanceSample.perImage(10, 121, 1_000_000));
        assertEquals(500, InstanceSample.draw(images(500), 121, 100, 1).count(), "max(cap, images)");
        assertEquals(1210, InstanceSample.draw(images(10), 121, 1_000_000, 1).count(), "every position");
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        InstanceSample a = InstanceSample.draw(images(50), 64, 300, 9);
        InstanceSample b = InstanceSample.draw(images(50), 64, 300, 9);
        InstanceSample c = InstanceSample.draw(images(50), 64, 300, 10);
        assertArrayEquals(a.positions(), b.positions());
        assertFalse(Arrays.equals(a.positions(), c.positions()));
    }
}
