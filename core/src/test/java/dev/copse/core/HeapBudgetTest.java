package dev.copse.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import org.junit.jupiter.api.Test;

class HeapBudgetTest {

    private static final long MAX = Runtime.getRuntime().maxMemory();

    @Test
    void smallNeedsPass() {
        assertDoesNotThrow(() -> HeapBudget.require(1 << 20, "a small array"));
    }

    @Test
    void needBeyondTheHeapNamesItselfAndTheXmxToUse() {
        HeapBudget.HeapTooSmallException e = assertThrows(HeapBudget.HeapTooSmallException.class,
                () -> HeapBudget.require(3 * MAX, "a test array"));
        long suggestedGib = Long.parseLong(e.getMessage().replaceAll(".*-Xmx(\\d+)g or more.*", "$1"));
        assertTrue(e.getMessage().startsWith("a test array needs about "), e.getMessage());
        assertTrue(suggestedGib << 30 >= 3 * MAX, "suggested -Xmx" + suggestedGib + "g holds the need: " + e);
    }

    @Test
    void datasetTooLargeForTheHeapFailsBeforeAllocating() {
        int rows = (int) Math.min(Integer.MAX_VALUE / 1000 - 1, MAX / 1000 * 2);
        HeapBudget.HeapTooSmallException e = assertThrows(HeapBudget.HeapTooSmallException.class,
                () -> Dataset.builder(rows, 1000));
        assertTrue(e.getMessage().contains("a dataset of " + rows + " rows x 1000 features"), e.getMessage());
    }
}
