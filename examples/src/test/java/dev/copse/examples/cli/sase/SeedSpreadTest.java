package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.examples.cli.sase.SeedSpread.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

    @Test
    void meanAndSampleStandardDeviationByHand() {
        // 0.90, 0.92, 0.94: mean 0.92; squared deviations 4e-4, 0, 4e-4; sd = sqrt(8e-4 / 2) = 0.02.
        SeedSpread spread = new SeedSpread(List.of(0.90, 0.92, 0.94));
        assertEquals(0.92, spread.mean(), 1e-12);
        assertEquals(0.02, spread.spread(), 1e-12);
        assertEquals(0, new SeedSpread(List.of(0.5)).spread());
        assertThrows(IllegalArgumentException.class, () -> new SeedSpread(List.of()));
    }

    @Test
    void aDifferenceSmallerThanTheLargerSpreadIsATie() {
        SeedSpread base = new SeedSpread(List.of(0.90, 0.92, 0.94));      // 0.92 +- 0.02
        SeedSpread close = new SeedSpread(List.of(0.93, 0.93, 0.93));     // 0.93, difference 0.01
        SeedSpread far = new SeedSpread(List.of(0.95, 0.955, 0.96));      // 0.955, difference 0.035
        assertEquals(Verdict.TIE, close.against(base, true));
        assertEquals(Verdict.TIE, base.against(close, true));
        assertEquals(Verdict.WIN, far.against(base, true));
        assertEquals(Verdict.LOSS, base.against(far, true));
        assertEquals(Verdict.TIE, base.against(base, true));
        // For a distance lower is better: the larger mean loses.
        assertEquals(Verdict.LOSS, far.against(base, false));
        assertEquals(Verdict.WIN, base.against(far, false));
    }
}
