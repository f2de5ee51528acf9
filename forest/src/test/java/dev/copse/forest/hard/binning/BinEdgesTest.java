package dev.copse.forest.hard.binning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinEdgesTest {

    @Test
    void fewDistinctValuesGetMidpointEdges() {
        float[] sorted = {1, 1, 2, 4, 4, 4, 10};
        assertArrayEquals(new float[] {1.5f, 3f, 7f}, BinEdges.fromSorted(sorted, sorted.length, 255));
    }

    @Test
    void constantValuesGetNoEdges() {
        float[] sorted = {3, 3, 3};
        assertEquals(0, BinEdges.fromSorted(sorted, 3, 255).length);
    }

    @Test
    void manyDistinctValuesGetQuantileEdges() {
        // 0..999, 4 bins: ranks q * 999 / 4 = 249.75, 499.5, 749.25 -> midpoints of the neighbouring values
        float[] sorted = new float[1000];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
        }
        assertArrayEquals(new float[] {249.5f, 499.5f, 749.5f}, BinEdges.fromSorted(sorted, 1000, 4));
    }

    @Test
    void repeatedQuantilesCollapse() {
        // 90 zeros and 10 distinct larger values, 5 bins: the first quantiles all land on 0 and merge
        float[] sorted = new float[100];
        for (int i = 90; i < 100; i++) {
            sorted[i] = i - 89;
        }
        float[] edges = BinEdges.fromSorted(sorted, 100, 5);
        assertEquals(1, edges.length, "only one distinct quantile below the maximum");
        assertEquals(0f, edges[0]);
    }

    @Test
    void edgesStayBelowTheMaximumAndIncrease() {
        float[] sorted = new float[600];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = (float) Math.sqrt(i);
        }
        float[] edges = BinEdges.fromSorted(sorted, 600, 255);
        assertEquals(254, edges.length);
        for (int k = 1; k < edges.length; k++) {
            assertTrue(edges[k] > edges[k - 1]);
        }
        assertTrue(edges[0] >= sorted[0] && edges[253] < sorted[599]);
    }

    @Test
    void midpointOfNeighbouringFloatsStaysBelowTheUpperOne() {
        float a = 1f;
        float b = Math.nextUp(a);
        float mid = BinEdges.midpoint(a, b);
        assertTrue(a <= mid && mid < b, "got " + mid);
        assertEquals(1.5f, BinEdges.midpoint(1f, 2f));
    }
}
