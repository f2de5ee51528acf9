package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepTablesTest {

    /** Two gated blocks, four samples: block 1 chose skip, skip, 8, 32; block 2 chose 32 four times. */
    private static final DecisionCounts COUNTS = new DecisionCounts(BitwidthOptions.of(0, 8, 32), new int[] {1, 2},
            new long[][] {{2, 1, 1}, {0, 0, 4}});

    @Test
    void histogramRowsAreSharesOfTheSamples() {
        // cp by hand: (0 + 0 + 1/16 + 1 + 4 * 1) / 8 = 0.6328125
        assertEquals(63.28125, COUNTS.computationPercentage(), 1e-12);
        SweepPoint point = new SweepPoint("target 50", 50, 0.75, COUNTS.computationPercentage(), 1e6, 2e3, COUNTS);
        assertEquals("""
                label,target_cp,block,option_bits,fraction
                target 50,50,1,0,0.500000
                target 50,50,1,8,0.250000
                target 50,50,1,32,0.250000
                target 50,50,2,0,0.000000
                target 50,50,2,8,0.000000
                target 50,50,2,32,1.000000
                """, SweepTables.histogramCsv(List.of(point)));
        assertEquals("""
                | model | block | skip (%) | 8 bits (%) | 32 bits (%) |
                |---|---:|---:|---:|---:|
                | target 50 | 1 | 50.0 | 25.0 | 25.0 |
                | target 50 | 2 | 0.0 | 0.0 | 100.0 |
                """, SweepTables.histogramMarkdown(List.of(point)));
        assertEquals("""
                label,target_cp,accuracy,cp,bitops_per_image,macs_per_image
                target 50,50,0.750000,63.2813,1.00000e+06,2000.00
                """, SweepTables.accuracyCsv(List.of(point)));
    }
}
