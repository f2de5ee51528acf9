package dev.copse.efficiency.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostKind;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.energy.EnergyTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostSummaryTest {

    private static final double EPS = 1e-9;

    private static Cost input(long fp32Macs, long int8Macs, long comparisons) {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(fp32Macs, 32, 32);
        ledger.addMacs(int8Macs, 8, 8);
        ledger.addComparisons(comparisons);
        ledger.addOtherFlops(1);
        ledger.addActivationBytesMoved(8);
        return ledger.snapshot();
    }

    @Test
    void everyMetricOfFourInputsByHand() {
        List<Cost> costs = List.of(input(10, 0, 1), input(20, 100, 2), input(30, 0, 3), input(40, 100, 4));
        CostSummary s = CostSummary.of(CostKind.REALISED, costs, FlopConvention.MAC_IS_TWO_FLOPS, EnergyTable.HOROWITZ_45NM);
        assertEquals(4, s.inputs());
        assertEquals(CostKind.REALISED, s.kind());
        assertEquals("45 nm estimate", s.energyLabel());
        // MACs per input {10, 120, 30, 140}: mean 75; sorted {10, 30, 120, 140}: median rank 2 -> 30, p90 rank 4.
        assertEquals(new Distribution(4, 75, 30, 140, 140, 140), s.get(CostMetric.MACS));
        // BitOPs {10240, 20480 + 6400, 30720, 40960 + 6400} = {10240, 26880, 30720, 47360}: mean 28800.
        assertEquals(new Distribution(4, 28800, 26880, 47360, 47360, 47360), s.get(CostMetric.BITOPS));
        // FLOPs at 2 per MAC plus one other FLOP: {21, 241, 61, 281}: mean 151, median 61.
        assertEquals(new Distribution(4, 151, 61, 281, 281, 281), s.get(CostMetric.FLOPS));
        assertEquals(new Distribution(4, 2.5, 2, 4, 4, 4), s.get(CostMetric.COMPARISONS));
        assertEquals(new Distribution(4, 1, 1, 1, 1, 1), s.get(CostMetric.OTHER_FLOPS));
        assertEquals(new Distribution(4, 0, 0, 0, 0, 0), s.get(CostMetric.NONLINEAR));
        assertEquals(new Distribution(4, 0, 0, 0, 0, 0), s.get(CostMetric.PARAMETER_BYTES));
        assertEquals(new Distribution(4, 8, 8, 8, 8, 8), s.get(CostMetric.ACTIVATION_BYTES));
        // Every input pays one other FLOP (fp32 mult, 3.7) and 8 activation bytes (8 * 5 / 4 = 10): 13.7 pJ.
        // Input 1: 13.7 + 10 * 4.6 + 1 * 0.1 = 59.8; input 2: 13.7 + 20 * 4.6 + 100 * 0.23 + 0.2 = 128.9;
        // input 3: 13.7 + 138 + 0.3 = 152.0; input 4: 13.7 + 184 + 23 + 0.4 = 221.1.
        // Sorted {59.8, 128.9, 152.0, 221.1}: median 128.9, p90 = p99 = max = 221.1; mean 561.8 / 4 = 140.45.
        Distribution energy = s.get(CostMetric.ENERGY_PJ);
        assertEquals(128.9, energy.median(), EPS);
        assertEquals(221.1, energy.p90(), EPS);
        assertEquals(221.1, energy.max(), EPS);
        assertEquals(140.45, energy.mean(), EPS);
    }

    @Test
    void builderGrowsAndMatchesTheBatchFactory() {
        List<Cost> costs = new ArrayList<>();
        CostSummary.Builder builder = CostSummary.builder(CostKind.EXPECTED, FlopConvention.MAC_IS_ONE_FLOP,
                EnergyTable.HOROWITZ_45NM);
        for (int i = 1; i <= 100; i++) {
            Cost cost = input(i, 0, 0);
            costs.add(cost);
            builder.add(cost);
        }
        CostSummary built = builder.build();
        assertEquals(CostSummary.of(CostKind.EXPECTED, costs, FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM),
                built);
        assertEquals(new Distribution(100, 50.5, 50, 90, 99, 100), built.get(CostMetric.MACS));
        assertEquals(CostKind.EXPECTED, built.kind());
    }

    @Test
    void measuredLatencyIsPerInputEvenWhenTimedPerBatch() {
        // Batches of 4 inputs took 400, 800 and 1200 ns: 100, 200 and 300 ns per input.
        MeasuredLatency batch = MeasuredLatency.perBatch(4, 400, 800, 1200);
        assertEquals(4, batch.inputsPerMeasurement());
        assertEquals(new Distribution(3, 200, 200, 300, 300, 300), batch.nanosPerInput());
        assertEquals(CostKind.MEASURED, batch.kind());
        assertEquals(new Distribution(2, 15, 10, 20, 20, 20), MeasuredLatency.perInput(20, 10).nanosPerInput());
        assertThrows(IllegalArgumentException.class, () -> MeasuredLatency.perInput(-1));
        assertThrows(IllegalArgumentException.class, () -> MeasuredLatency.perBatch(0, 5));
        assertThrows(IllegalArgumentException.class, MeasuredLatency::perInput);
    }

    @Test
    void misuseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CostSummary.of(CostKind.MEASURED, List.of(Cost.ZERO),
                FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM));
        assertThrows(IllegalStateException.class, () -> CostSummary.of(CostKind.REALISED, List.of(),
                FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM));
    }
}
