package dev.copse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {

    static final Provenance SOURCE = new Provenance("hand-made", "ab".repeat(32));

    /** 4 rows x 3 features; row i has features (i, 10 + i, 20 + i) and label i % 2. */
    static Dataset small() {
        float[] x = {0, 10, 20, 1, 11, 21, 2, 12, 22, 3, 13, 23};
        return Dataset.of(x, new int[] {0, 1, 0, 1}, List.of("even", "odd"), List.of("a", "b", "c"), null, SOURCE);
    }

    @Test
    void storesRowMajorAndReadsBack() {
        Dataset data = small();
        assertEquals(4, data.size());
        assertEquals(3, data.numFeatures());
        assertEquals(2, data.numClasses());
        assertEquals(21f, data.feature(1, 2));
        assertEquals(21f, data.features()[1 * 3 + 2]);
        assertEquals(1, data.label(3));
        float[] out = new float[5];
        data.row(2, out, 1);
        assertArrayEquals(new float[] {0, 2, 12, 22, 0}, out);
        assertArrayEquals(new int[] {2, 2}, data.classCounts());
        assertTrue(data.imageShape().isEmpty());
        assertSame(data.features(), data.features(), "features() must not copy");
    }

    @Test
    void copiesItsInputSoCallersCannotChangeIt() {
        float[] x = {1, 2};
        int[] y = {0, 1};
        Dataset data = Dataset.of(x, y, List.of("a", "b"), List.of("f"), null, SOURCE);
        x[0] = 99;
        y[0] = 1;
        assertEquals(1f, data.feature(0, 0));
        assertEquals(0, data.label(0));
    }

    @Test
    void rejectsNaNNamingRowAndColumn() {
        float[] x = {0, 10, 20, 1, Float.NaN, 21};
        var e = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(x, new int[] {0, 1}, List.of("x", "y"), List.of("a", "b", "c"), null, SOURCE));
        assertTrue(e.getMessage().contains("row 1, column 1"), e.getMessage());
        assertTrue(e.getMessage().contains("'b'"), e.getMessage());
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        assertTrue(e.getMessage().contains("impute"), e.getMessage());
    }

    @Test
    void rejectsInfinity() {
        float[] x = {Float.NEGATIVE_INFINITY};
        var e = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(x, new int[] {0}, List.of("x"), List.of("a"), null, SOURCE));
        assertTrue(e.getMessage().contains("row 0, column 0"), e.getMessage());
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void rejectsLabelsOutOfRange() {
        var high = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[] {1, 2}, new int[] {0, 2}, List.of("x", "y"), List.of("a"), null, SOURCE));
        assertTrue(high.getMessage().contains("label 2 at row 1"), high.getMessage());
        var negative = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[] {1}, new int[] {-1}, List.of("x"), List.of("a"), null, SOURCE));
        assertTrue(negative.getMessage().contains("label -1 at row 0"), negative.getMessage());
    }

    @Test
    void rejectsSizeMismatchEmptinessAndBadNames() {
        assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[] {1, 2, 3}, new int[] {0, 0}, List.of("x"), List.of("a"), null, SOURCE));
        var empty = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[0], new int[0], List.of("x"), List.of("a"), null, SOURCE));
        assertTrue(empty.getMessage().contains("no rows"), empty.getMessage());
        var twice = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[] {1, 2}, new int[] {0}, List.of("x"), List.of("a", "a"), null, SOURCE));
        assertTrue(twice.getMessage().contains("'a' appears twice"), twice.getMessage());
        var shape = assertThrows(IllegalArgumentException.class, () ->
                Dataset.of(new float[] {1, 2}, new int[] {0}, List.of("x"), List.of("a", "b"),
                        new ImageShape(1, 1, 3), SOURCE));
        assertTrue(shape.getMessage().contains("1x1x3"), shape.getMessage());
    }

    @Test
    void subsetKeepsRequestedOrderAndAllowsRepeats() {
        Dataset sub = small().subset(new int[] {3, 0, 3});
        assertArrayEquals(new float[] {3, 13, 23, 0, 10, 20, 3, 13, 23}, sub.features());
        assertArrayEquals(new int[] {1, 0, 1}, sub.labels());
        assertEquals(SOURCE.sha256(), sub.provenance().sha256());
        assertTrue(sub.provenance().source().startsWith("hand-made | subset"), sub.provenance().source());
        assertThrows(IndexOutOfBoundsException.class, () -> small().subset(new int[] {4}));
    }

    @Test
    void shuffleIsASeededPermutation() {
        float[] x = new float[100];
        for (int i = 0; i < 100; i++) {
            x[i] = i;
        }
        Dataset data = Dataset.of(x, new int[100], List.of("only"), List.of("f"), null, SOURCE);
        float[] a = data.shuffled(7).features();
        float[] b = data.shuffled(7).features();
        float[] c = data.shuffled(8).features();
        assertArrayEquals(a, b, "same seed, same order");
        assertFalse(Arrays.equals(a, c), "another seed gives another order");
        float[] sorted = a.clone();
        Arrays.sort(sorted);
        assertArrayEquals(x, sorted, "a shuffle is a permutation");
    }

    @Test
    void builderHandsOverItsArrayOnceAndNamesPixels() {
        ImageShape shape = new ImageShape(1, 2, 2);
        Dataset.Builder builder = Dataset.builder(2, 4).classNames(List.of("a", "b")).imageShape(shape)
                .provenance(SOURCE);
        builder.setRow(0, new float[] {1, 2, 3, 4}, 0).set(1, 3, 5f).label(1, 1);
        Dataset data = builder.build();
        assertArrayEquals(new float[] {1, 2, 3, 4, 0, 0, 0, 5}, data.features());
        assertEquals(List.of("pixel_0_0", "pixel_0_1", "pixel_1_0", "pixel_1_1"), data.featureNames());
        assertEquals(shape, data.imageShape().orElseThrow());
        assertThrows(IllegalStateException.class, () -> builder.set(0, 0, 9f));
        assertThrows(IndexOutOfBoundsException.class, () -> Dataset.builder(2, 4).set(2, 0, 1f));
        assertThrows(IndexOutOfBoundsException.class,
                () -> Dataset.builder(2, 4).setRow(1 << 30, new float[4], 0), "no wrap-around into a valid row");
        assertThrows(IllegalStateException.class, builder::build);
        assertEquals(1f, data.feature(0, 0));
    }

    @Test
    void builderCanBeCorrectedAfterAFailedValidation() {
        Dataset.Builder builder = Dataset.builder(1, 1).classNames(List.of("a")).provenance(SOURCE).label(0, 3);
        assertThrows(IllegalArgumentException.class, builder::build);
        Dataset data = builder.label(0, 0).build();
        assertEquals(0, data.label(0));
        assertEquals(List.of("f0"), data.featureNames());
    }

    @Test
    void provenanceValidatesAndNormalisesItsHash() {
        assertEquals("ab".repeat(32), new Provenance("x", "AB".repeat(32)).sha256());
        assertThrows(IllegalArgumentException.class, () -> new Provenance("x", "abc"));
        assertThrows(IllegalArgumentException.class, () -> new Provenance(" ", "ab".repeat(32)));
    }
}
