package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BitwidthOptionsTest {

    @Test
    void eightBitsCostOneSixteenthAndSkipNothing() {
        BitwidthOptions options = BitwidthOptions.DEFAULT;
        assertEquals(1.0 / 16, options.cost(options.indexOf(8)), 0);
        assertEquals(0.0, options.cost(options.indexOf(0)), 0);
        assertEquals(1.0, options.cost(options.indexOf(32)), 0);
        assertEquals(1.0 / 64, options.cost(options.indexOf(4)), 0);
    }

    @Test
    void computationPercentageOfAllFullIsHundredAndOfAllSkipZero() {
        BitwidthOptions options = BitwidthOptions.PAPER;
        int full = options.indexOf(32);
        assertEquals(100.0, options.computationPercentage(new int[][] {{full, full, full}, {full, full, full}}), 0);
        assertEquals(0.0, options.computationPercentage(new int[][] {{0, 0, 0}, {0, 0, 0}}), 0);
        // by hand: (1 + 0 + 1/16 + 1/4) / 4 blocks = 0.328125
        BitwidthOptions defaults = BitwidthOptions.DEFAULT;
        int[][] mixed = {{defaults.indexOf(32), 0}, {defaults.indexOf(8), defaults.indexOf(16)}};
        assertEquals(32.8125, defaults.computationPercentage(mixed), 1e-12);
        assertEquals(32.8125, DecisionCounts.of(defaults, new int[] {1, 2}, mixed).computationPercentage(), 1e-12);
    }

    @Test
    void parsesBothSetsAndRefusesBadOnes() {
        assertArrayEquals(new int[] {0, 8, 10, 12, 14, 16, 32}, BitwidthOptions.parse("skip,8,10,12,14,16,32").toArray());
        assertEquals(BitwidthOptions.DEFAULT, BitwidthOptions.parse(BitwidthOptions.DEFAULT.toString()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BitwidthOptions.parse("skip,eight"))
                .getMessage().contains("eight"));
        assertThrows(IllegalArgumentException.class, () -> BitwidthOptions.of(0, 16, 8));
        assertThrows(IllegalArgumentException.class, () -> BitwidthOptions.of(0, 33));
        assertThrows(IllegalArgumentException.class, () -> BitwidthOptions.of(32));
    }

    @Test
    void budgetTermsHaveTheirSignsAndGradients() {
        BudgetLoss sign = BudgetLoss.signSwitching(0.1, 30);
        // 4 samples x 2 blocks, summed cost 4 -> cp 50 > 30: +beta * 4 / 4
        assertEquals(0.1, sign.value(4, 4, 2), 1e-12);
        assertEquals(0.1 / 4, sign.gradientPerCost(4, 4, 2), 1e-12);
        // summed cost 2 -> cp 25 <= 30: sign -1
        assertEquals(-0.05, sign.value(2, 4, 2), 1e-12);
        BudgetLoss smooth = BudgetLoss.smooth(0.01, 30);
        assertEquals(0.01 * 20, smooth.value(4, 4, 2), 1e-12);
        assertEquals(0.01 * 100 / 8, smooth.gradientPerCost(4, 4, 2), 1e-12);
        assertEquals(0.0, smooth.gradientPerCost(2, 4, 2), 0);
        assertThrows(IllegalArgumentException.class, () -> BudgetLoss.smooth(0.01, 130));
    }
}
