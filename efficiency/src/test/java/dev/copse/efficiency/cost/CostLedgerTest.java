package dev.copse.efficiency.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CostLedgerTest {

    private static Cost cost(Map<Bitwidths, Long> macs, long other, long comparisons, long nonlinear, long params,
                             long activations) {
        return new Cost(new TreeMap<>(macs), other, comparisons, nonlinear, params, activations);
    }

    @Test
    void macsAreKeptPerBitwidthPair() {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(100, 32, 32);
        ledger.addMacs(50, 8, 8);
        ledger.addMacs(25, Bitwidths.FP32);
        ledger.addMacs(10, 4, 8);
        ledger.addMacs(0, 16, 16);
        Cost snapshot = ledger.snapshot();
        // 100 + 25 = 125 at 32/32; a zero count creates no entry.
        assertEquals(Map.of(Bitwidths.of(4, 8), 10L, Bitwidths.of(8, 8), 50L, Bitwidths.FP32, 125L), snapshot.macs());
        assertEquals(List.of(Bitwidths.of(4, 8), Bitwidths.of(8, 8), Bitwidths.FP32), List.copyOf(snapshot.macs().keySet()));
        assertEquals(185, snapshot.totalMacs());
        assertEquals(185, ledger.totalMacs());
        assertEquals(0, snapshot.macs(Bitwidths.uniform(16)));
    }

    @Test
    void everyUnitIsCountedAndResetClearsThem() {
        CostLedger ledger = new CostLedger();
        ledger.addOtherFlops(7);
        ledger.addComparisons(3);
        ledger.addComparisons(2);
        ledger.addNonlinear(4);
        ledger.addParameterBytesRead(400);
        ledger.addActivationBytesMoved(800);
        ledger.addMacs(9, 8, 8);
        assertEquals(cost(Map.of(Bitwidths.uniform(8), 9L), 7, 5, 4, 400, 800), ledger.snapshot());
        ledger.reset();
        assertEquals(Cost.ZERO, ledger.snapshot());
        ledger.addMacs(1, 2, 2);
        assertEquals(cost(Map.of(Bitwidths.uniform(2), 1L), 0, 0, 0, 0, 0), ledger.snapshot());
    }

    @Test
    void mergingAddsEverythingAndLeavesTheSourceUnchanged() {
        CostLedger a = new CostLedger();
        a.addMacs(10, 32, 32);
        a.addComparisons(1);
        CostLedger b = new CostLedger();
        b.addMacs(5, 32, 32);
        b.addMacs(3, 4, 4);
        b.addNonlinear(2);
        b.addActivationBytesMoved(16);
        Cost before = b.snapshot();
        a.add(b);
        assertEquals(before, b.snapshot());
        Cost merged = cost(Map.of(Bitwidths.FP32, 15L, Bitwidths.uniform(4), 3L), 0, 1, 2, 0, 16);
        assertEquals(merged, a.snapshot());
        a.add(merged);
        assertEquals(merged.plus(merged), a.snapshot());
        assertEquals(30, a.snapshot().macs(Bitwidths.FP32));
    }

    @Test
    void manyDistinctWidthsGrowTheStorage() {
        CostLedger ledger = new CostLedger();
        for (int bits = 1; bits <= 32; bits++) {
            ledger.addMacs(bits, bits, 33 - bits);
        }
        Cost cost = ledger.snapshot();
        assertEquals(32, cost.macs().size());
        // 1 + 2 + ... + 32 = 528.
        assertEquals(528, cost.totalMacs());
        assertEquals(7, cost.macs(Bitwidths.of(7, 26)));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(Long.MAX_VALUE, 8, 8);
        assertThrows(ArithmeticException.class, () -> ledger.addMacs(1, 8, 8));
        ledger.addMacs(1, 4, 4);
        assertThrows(ArithmeticException.class, ledger::totalMacs);
        ledger.addComparisons(Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> ledger.addComparisons(1));
        Cost big = cost(Map.of(Bitwidths.FP32, Long.MAX_VALUE), 0, 0, 0, 0, 0);
        assertThrows(ArithmeticException.class, () -> big.plus(big));
    }

    @Test
    void badArgumentsAreRejected() {
        CostLedger ledger = new CostLedger();
        assertThrows(IllegalArgumentException.class, () -> ledger.addMacs(1, 0, 8));
        assertThrows(IllegalArgumentException.class, () -> ledger.addMacs(1, 8, 33));
        assertThrows(IllegalArgumentException.class, () -> ledger.addMacs(-1, 8, 8));
        assertThrows(IllegalArgumentException.class, () -> ledger.addOtherFlops(-1));
        assertThrows(IllegalArgumentException.class, () -> ledger.addParameterBytesRead(-5));
        assertThrows(IllegalArgumentException.class, () -> cost(Map.of(Bitwidths.FP32, -1L), 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> cost(Map.of(), 0, -2, 0, 0, 0));
        assertEquals(Cost.ZERO, ledger.snapshot());
    }

    @Test
    void zeroEntriesDoNotBreakEquality() {
        assertEquals(Cost.ZERO, cost(Map.of(Bitwidths.FP32, 0L), 0, 0, 0, 0, 0));
    }
}
