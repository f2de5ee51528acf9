package dev.copse.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void constant() {
        LearningRateSchedule s = LearningRateSchedule.constant(0.3);
        assertEquals(0.3, s.rate(0));
        assertEquals(0.3, s.rate(1_000_000));
    }

    @Test
    void stepDecayChangesExactlyAtMultiplesOfTheStepSize() {
        LearningRateSchedule s = LearningRateSchedule.step(0.1, 0.5, 3);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.1, s.rate(2), 1e-15);
        assertEquals(0.05, s.rate(3), 1e-15);
        assertEquals(0.05, s.rate(5), 1e-15);
        assertEquals(0.025, s.rate(6), 1e-15);
    }

    @Test
    void cosineStartsAtTheRateReachesTheFloorAndStaysThere() {
        LearningRateSchedule s = LearningRateSchedule.cosine(1.0, 0.1, 100);
        assertEquals(1.0, s.rate(0), 1e-15);
        // Halfway: floor + (1 - floor) * (1 + cos(pi/2)) / 2 = 0.1 + 0.45
        assertEquals(0.55, s.rate(50), 1e-12);
        // A quarter: 0.1 + 0.9 * (1 + cos(pi/4)) / 2
        assertEquals(0.1 + 0.9 * (1 + Math.sqrt(0.5)) / 2, s.rate(25), 1e-12);
        assertEquals(0.1, s.rate(100), 1e-15);
        assertEquals(0.1, s.rate(10_000), 1e-15);
        for (int t = 1; t <= 100; t++) {
            assertTrue(s.rate(t) <= s.rate(t - 1), "not decreasing at " + t);
        }
    }

    @Test
    void warmupRisesLinearlyThenHandsOver() {
        LearningRateSchedule s = LearningRateSchedule.cosine(0.4, 0, 10).withWarmup(4);
        assertEquals(0.1, s.rate(0), 1e-15);
        assertEquals(0.2, s.rate(1), 1e-15);
        assertEquals(0.4, s.rate(3), 1e-15);
        // Step 4 is the cosine's step 0, step 9 its step 5 (halfway), step 14 its end.
        assertEquals(0.4, s.rate(4), 1e-15);
        assertEquals(0.2, s.rate(9), 1e-12);
        assertEquals(0.0, s.rate(14), 1e-15);
    }

    @Test
    void badSettingsAreRejectedWithTheFieldName() {
        assertMessage("ConstantSchedule.rate", () -> LearningRateSchedule.constant(0));
        assertMessage("StepDecaySchedule.gamma", () -> LearningRateSchedule.step(0.1, 1.5, 10));
        assertMessage("StepDecaySchedule.stepSize", () -> LearningRateSchedule.step(0.1, 0.5, 0));
        assertMessage("CosineAnnealingSchedule.minRate", () -> LearningRateSchedule.cosine(0.1, 0.2, 10));
        assertMessage("CosineAnnealingSchedule.periodSteps", () -> LearningRateSchedule.cosine(0.1, 0, 0));
        assertMessage("WarmupSchedule.warmupSteps", () -> LearningRateSchedule.constant(0.1).withWarmup(0));
        assertMessage("step must be >= 0", () -> LearningRateSchedule.constant(0.1).rate(-1));
        assertMessage("ConstantSchedule.rate", () -> LearningRateSchedule.constant(Double.POSITIVE_INFINITY));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' lacks '" + expected + "'");
    }
}
