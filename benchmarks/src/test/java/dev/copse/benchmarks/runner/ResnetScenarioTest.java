package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ResNet-8 work count the scenario's GFLOP/s rest on, and the scenarios' names in the catalog. */
class ResnetScenarioTest {

    @Test
    void forwardMacsOfResNet8MatchAHandCount() {
        long stem = 28 * 28 * 9 * 16;
        long stage1 = 2L * 28 * 28 * 9 * 16 * 16;
        long stage2 = 14 * 14 * 9 * 16 * 32 + 14 * 14 * 9 * 32 * 32 + 14 * 14 * 16 * 32;
        long stage3 = 7 * 7 * 9 * 32 * 64 + 7 * 7 * 9 * 64 * 64 + 7 * 7 * 32 * 64;
        long classifier = 64 * 10;
        assertEquals(9_345_920L, stem + stage1 + stage2 + stage3 + classifier);
        assertEquals(9_345_920.0, ResnetScenario.forwardMacs());
    }

    @Test
    void bothSizesAreListed() {
        assertEquals("resnet", ScenarioCatalog.named("resnet").name());
        assertEquals("resnet-quick", ScenarioCatalog.named("resnet-quick").name());
    }
}
