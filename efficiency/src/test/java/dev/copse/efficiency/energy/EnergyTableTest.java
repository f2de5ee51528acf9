package dev.copse.efficiency.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.CostLedger;
import org.junit.jupiter.api.Test;

class EnergyTableTest {

    private static final double EPS = 1e-9;
    private static final EnergyTable T = EnergyTable.HOROWITZ_45NM;

    @Test
    void defaultTableIsHorowitz45nm() {
        assertEquals("45 nm estimate", T.label());
        assertEquals(new EnergyTable("45 nm estimate", 3.7, 0.9, 3.1, 0.1, 0.2, 0.03, 5, 640), T);
    }

    @Test
    void thousandFp32MacsCost4600Picojoules() {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(1000, 32, 32);
        // 1,000 * (3.7 + 0.9) = 1,000 * 4.6 = 4,600 pJ, all arithmetic.
        EnergyEstimate estimate = T.estimate(ledger.snapshot());
        assertEquals(4600, estimate.totalPj(), EPS);
        assertEquals(4600, estimate.arithmeticPj(), EPS);
        assertEquals(0, estimate.memoryPj());
        assertEquals("45 nm estimate", estimate.label());
    }

    @Test
    void macWidthRule() {
        // <= 8 bits: int8 row, 0.2 + 0.03.
        assertEquals(0.23, T.macPj(Bitwidths.uniform(8)), EPS);
        assertEquals(0.23, T.macPj(Bitwidths.of(4, 8)), EPS);
        assertEquals(0.23, T.macPj(Bitwidths.uniform(1)), EPS);
        // 16 bits: mult 0.2 + 2.9 * (256 - 64) / 960 = 0.2 + 0.58 = 0.78; add 0.03 + 0.07 * 8 / 24 = 0.0533...
        assertEquals(0.78 + 0.03 + 0.07 / 3, T.macPj(Bitwidths.uniform(16)), EPS);
        // The width is the wider operand: 8/16 is priced like 16/16.
        assertEquals(T.macPj(Bitwidths.uniform(16)), T.macPj(Bitwidths.of(8, 16)));
        // 24 bits: mult 0.2 + 2.9 * (576 - 64) / 960 = 1.74666...; add 0.03 + 0.07 * 16 / 24 = 0.07666...
        assertEquals(0.2 + 2.9 * 512 / 960 + 0.03 + 0.07 * 16 / 24, T.macPj(Bitwidths.uniform(24)), EPS);
        // 32 bits on either side: the float32 row.
        assertEquals(4.6, T.macPj(Bitwidths.FP32), EPS);
        assertEquals(4.6, T.macPj(Bitwidths.of(32, 8)), EPS);
        // Interpolation is monotone between the integer rows.
        for (int b = 9; b <= 31; b++) {
            double lower = T.macPj(Bitwidths.uniform(b - 1));
            double upper = T.macPj(Bitwidths.uniform(b));
            assertEquals(true, upper > lower, "bits " + b);
            assertEquals(true, upper < 3.1 + 0.1 + EPS, "bits " + b);
        }
    }

    @Test
    void everyUnitIsPricedByHand() {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(1000, 32, 32);
        ledger.addMacs(500, 8, 8);
        ledger.addMacs(100, 16, 16);
        ledger.addOtherFlops(10);
        ledger.addComparisons(20);
        ledger.addNonlinear(2);
        ledger.addParameterBytesRead(400);
        ledger.addActivationBytesMoved(800);
        EnergyEstimate e = T.estimate(ledger.snapshot());
        // MACs: 1000 * 4.6 + 500 * 0.23 + 100 * 0.8333... = 4600 + 115 + 83.333...
        // other FLOPs at fp32 mult: 10 * 3.7 = 37; comparisons at int32 add: 20 * 0.1 = 2;
        // nonlinear as 10 fp32 MACs: 2 * 46 = 92. Total arithmetic 4929.333...
        assertEquals(4600 + 115 + 250.0 / 3 + 37 + 2 + 92, e.arithmeticPj(), EPS);
        // Parameters from DRAM: 400 * 640 / 4 = 64,000; activations via SRAM: 800 * 5 / 4 = 1,000.
        assertEquals(65_000, e.memoryPj(), EPS);
        assertEquals(69_929.0 + 1.0 / 3, e.totalPj(), EPS);
    }

    @Test
    void invalidTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable("x", -1, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable("x", 0, 0, -0.0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable("x", 0, Double.NaN, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new EnergyTable("x", 0, 0, 0, 0, 0, 0, 0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable(" ", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable("two\nlines", 0, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new EnergyTable(" padded", 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
