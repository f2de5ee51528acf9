package dev.copse.cascade.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import org.junit.jupiter.api.Test;

class PoolingTest {

    // a 3 x 3 grid of positions, one class: value 10 y + x at position (y, x)
    private static final float[] GRID = {0, 1, 2, 10, 11, 12, 20, 21, 22};

    @Test
    void maxPoolingTakesTheBlockMaximumAndEdgeBlocksHoldWhatIsLeft() {
        Pooling pooling = Pooling.max(2);
        float[] out = new float[4];
        CostLedger ledger = new CostLedger();

        pooling.pool(GRID, 0, 3, 3, 1, out, 0, ledger);

        assertEquals(4, pooling.pooledPositions(3, 3));
        assertArrayEquals(new float[] {11, 12, 21, 22}, out);
        // blocks of 4, 2, 2 and 1 positions: 3 + 1 + 1 + 0 comparisons
        assertEquals(5, ledger.snapshot().comparisons());
    }

    @Test
    void averagePoolingTakesTheBlockMeanClassByClass() {
        float[] twoClasses = new float[18];
        for (int p = 0; p < 9; p++) {
            twoClasses[2 * p] = GRID[p];
            twoClasses[2 * p + 1] = 1;
        }
        float[] out = new float[8];
        CostLedger ledger = new CostLedger();

        Pooling.average(2).pool(twoClasses, 0, 3, 3, 2, out, 0, ledger);

        assertArrayEquals(new float[] {5.5f, 1, 7, 1, 20.5f, 1, 22, 1}, out);
        // per block (q - 1) C additions and C divisions: (3 + 1 + 1 + 0) * 2 + 4 * 2
        Cost cost = ledger.snapshot();
        assertEquals(18, cost.otherFlops());
        assertEquals(0, cost.comparisons());
    }

    @Test
    void noPoolingCopiesEveryPosition() {
        float[] out = new float[10];
        Pooling.none().pool(GRID, 0, 3, 3, 1, out, 1, new CostLedger());
        assertArrayEquals(new float[] {0, 0, 1, 2, 10, 11, 12, 20, 21, 22}, out);
        assertEquals(9, Pooling.none().pooledPositions(3, 3));
    }

    @Test
    void invalidSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Pooling.max(0));
        assertThrows(IllegalArgumentException.class, () -> new Pooling(Pooling.Mode.NONE, 2));
    }
}
