package dev.copse.examples.cli.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.examples.cli.sase.AccuracySpread.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccuracySpreadTest {

    @Test
    void meanAndSampleStandardDeviationByHand() {
        // 0.90, 0.92, 0.94: mean 0.92; squared deviations 4e-4, 0, 4e-4; sd = sqrt(8e-4 / 2) = 0.02.
        AccuracySpread spread = new AccuracySpread(List.of(0.90, 0.92, 0.94));
        assertEquals(0.92, spread.mean(), 1e-12);
        assertEquals(0.02, spread.spread(), 1e-12);
        assertEquals(0, new AccuracySpread(List.of(0.5)).spread());
        assertThrows(IllegalArgumentException.class, () -> new AccuracySpread(List.of()));
    }

    @Test
    void aDifferenceSmallerThanTheLargerSpreadIsATie() {
        AccuracySpread base = new AccuracySpread(List.of(0.90, 0.92, 0.94));      // 0.92 +- 0.02
        AccuracySpread close = new AccuracySpread(List.of(0.93, 0.93, 0.93));     // 0.93, difference 0.01
        AccuracySpread far = new AccuracySpread(List.of(0.95, 0.955, 0.96));      // 0.955, difference 0.035
        assertEquals(Verdict.TIE, close.against(base));
        assertEquals(Verdict.TIE, base.against(close));
        assertEquals(Verdict.WIN, far.against(base));
        assertEquals(Verdict.LOSS, base.against(far));
        assertEquals(Verdict.TIE, base.against(base));
    }
}
