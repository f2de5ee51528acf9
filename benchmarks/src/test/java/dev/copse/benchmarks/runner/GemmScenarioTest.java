package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GemmScenarioTest {

    @Test
    void peakWarmupNeverDropsBelowWhatTheJitNeeds() {
        assertEquals(new RepetitionScheme(3, 2, 200), GemmScenario.peakScheme(new RepetitionScheme(1, 2, 20)));
        assertEquals(new RepetitionScheme(5, 10, 1000), GemmScenario.peakScheme(new RepetitionScheme(5, 10, 1000)));
    }
}
