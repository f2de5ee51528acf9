package dev.copse.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    /** Feature a: 1, 2, 3, 6 (mean 3, population variance (4 + 1 + 0 + 9) / 4 = 3.5); feature b constant 5. */
    static Dataset train() {
        float[] x = {1, 5, 2, 5, 3, 5, 6, 5};
        return Dataset.of(x, new int[] {0, 0, 1, 1}, List.of("x", "y"), List.of("a", "b"), null,
                DatasetTest.SOURCE);
    }

    @Test
    void fitsMeanAndPopulationStdByHand() {
        Standardizer s = Standardizer.fit(train());
        assertArrayEquals(new float[] {3f, 5f}, s.mean());
        assertEquals((float) Math.sqrt(3.5), s.std()[0], 1e-7f);
        assertEquals(1f, s.std()[1], "a constant feature gets scale 1");
    }

    @Test
    void appliesTrainStatisticsToOtherData() {
        Standardizer s = Standardizer.fit(train());
        Dataset test = Dataset.of(new float[] {3 + (float) Math.sqrt(3.5), 7}, new int[] {1}, List.of("x", "y"),
                List.of("a", "b"), null, DatasetTest.SOURCE);
        Dataset z = s.apply(test);
        assertEquals(1f, z.feature(0, 0), 1e-6f);
        assertEquals(2f, z.feature(0, 1), "constant feature only centred: 7 - 5");
        assertEquals(1, z.label(0));
        assertTrue(z.provenance().source().endsWith("standardized"));
        assertEquals(7f, test.feature(0, 1), "the input is untouched");
    }

    @Test
    void standardisedTrainingDataHasZeroMeanUnitStd() {
        Dataset z = Standardizer.fit(train()).apply(train());
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 4; i++) {
            sum += z.feature(i, 0);
            squares += z.feature(i, 0) * z.feature(i, 0);
        }
        assertEquals(0, sum / 4, 1e-6);
        assertEquals(1, squares / 4, 1e-6);
    }

    @Test
    void accumulatesInDoubleWithoutCancellation() {
        // Values near 1e4 with spread 1: a float sum of squares would lose the variance entirely.
        int n = 10_000;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10_000f + (i % 2 == 0 ? -1f : 1f);
        }
        Dataset data = Dataset.of(x, new int[n], List.of("only"), List.of("v"), null, DatasetTest.SOURCE);
        Standardizer s = Standardizer.fit(data);
        assertEquals(10_000f, s.mean()[0]);
        assertEquals(1f, s.std()[0], 1e-6f);
    }

    @Test
    void roundTripsThroughPlainArraysBitForBit() {
        Standardizer fitted = Standardizer.fit(train());
        Standardizer restored = Standardizer.of(fitted.mean(), fitted.std());
        Dataset other = Dataset.of(new float[] {0.3f, -7.25f, 11f, 5f}, new int[] {0, 1}, List.of("x", "y"),
                List.of("a", "b"), null, DatasetTest.SOURCE);
        assertArrayEquals(fitted.apply(other).features(), restored.apply(other).features());
    }

    @Test
    void rowApplyWorksInPlaceAndChecksItsInputs() {
        Standardizer s = Standardizer.fit(train());
        float[] row = {9, 4, 3};
        s.apply(row, 1, row, 1);
        assertArrayEquals(new float[] {9, (float) ((4 - 3) / Math.sqrt(3.5)), -2}, row, 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> Standardizer.of(new float[] {0}, new float[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.of(new float[] {0, 1}, new float[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Standardizer.fit(train(), 0));
        Dataset wrong = Dataset.of(new float[] {1}, new int[] {0}, List.of("x"), List.of("a"), null,
                DatasetTest.SOURCE);
        assertThrows(IllegalArgumentException.class, () -> s.apply(wrong));
    }
}
