package dev.copse.cascade.grow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidationMetricTest {

    // three rows of two classes; the last row is a tie, which goes to class 0
    private static final float[] PROBA = {0.8f, 0.2f, 0.3f, 0.7f, 0.5f, 0.5f};

    @Test
    void accuracyCountsArgmaxHitsWithTiesToTheLowestClass() {
        assertEquals(2.0 / 3, ValidationMetric.ACCURACY.score(PROBA, new int[] {1, 1, 0}, 2), 1e-12);
        assertEquals(1.0 / 3, ValidationMetric.ACCURACY.score(PROBA, new int[] {0, 0, 1}, 2), 1e-12);
    }

    @Test
    void logLossIsTheMeanNegativeLogProbabilityOfTheLabelWithZeroClipped() {
        double expected = -(Math.log(0.8f) + Math.log(0.7f) + Math.log(0.5f)) / 3;
        assertEquals(expected, ValidationMetric.LOG_LOSS.score(PROBA, new int[] {0, 1, 1}, 2), 1e-12);
        double clipped = ValidationMetric.LOG_LOSS.score(new float[] {1f, 0f}, new int[] {1}, 2);
        assertEquals(-Math.log(1e-15), clipped, 1e-9);
    }

    @Test
    void directionOfImprovement() {
        assertTrue(ValidationMetric.ACCURACY.improves(0.9, 0.8));
        assertFalse(ValidationMetric.ACCURACY.improves(0.8, 0.8));
        assertTrue(ValidationMetric.LOG_LOSS.improves(0.1, 0.2));
        assertFalse(ValidationMetric.LOG_LOSS.improves(0.2, 0.2));
    }

    @Test
    void mismatchedSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ValidationMetric.ACCURACY.score(PROBA, new int[2], 2));
    }

    @Test
    void earlyStoppingTracksTheBestAndCountsLevelsSinceIt() {
        EarlyStopping stopping = new EarlyStopping(ValidationMetric.ACCURACY, 2);
        assertFalse(stopping.record(0.5));
        assertFalse(stopping.record(0.7));
        assertFalse(stopping.record(0.7), "equal is not an improvement, but patience is 2");
        assertTrue(stopping.record(0.6));
        assertEquals(1, stopping.bestLevel());
        assertEquals(0.7, stopping.bestScore());
    }
}
