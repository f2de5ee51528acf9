package dev.copse.efficiency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.FlopConvention;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.energy.EnergyTable;
import dev.copse.efficiency.summary.CostMetric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluation of a hand-made classifier whose answers and costs are known row by row. */
class EvaluationTest {

    /** Predicts class 1 when x0 > 0; pays one comparison, plus one more when x1 > 0 (a second "node"). */
    private static final class Stump implements CostedClassifier {

        @Override
        public int numFeatures() {
            return 2;
        }

        @Override
        public int numClasses() {
            return 2;
        }

        @Override
        public String description() {
            return "stump";
        }

        @Override
        public StaticCost staticCost() {
            return new StaticCost(2, 8, Cost.ZERO);
        }

        @Override
        public void predictProbaUnchecked(float[] x, int offset, float[] out, int outOffset, CostLedger ledger) {
            boolean positive = x[offset] > 0;
            out[outOffset] = positive ? 0.2f : 0.9f;
            out[outOffset + 1] = positive ? 0.8f : 0.1f;
            if (ledger != null) {
                ledger.addComparisons(x[offset + 1] > 0 ? 2 : 1);
            }
        }
    }

    private static Dataset data() {
        // Rows: (x0, x1) -> label. The stump gets rows 0, 1, 2 right and row 3 wrong.
        float[] x = {1, 1, -1, 1, 2, -1, -3, -1};
        int[] y = {1, 0, 1, 1};
        return Dataset.of(x, y, List.of("no", "yes"), List.of("x0", "x1"), null,
                new Provenance("hand-made", "0".repeat(64)));
    }

    @Test
    void accuracyAndRealisedCostAreCountedRowByRow() {
        Evaluation evaluation = Evaluation.of(new Stump(), data(), FlopConvention.MAC_IS_ONE_FLOP,
                EnergyTable.HOROWITZ_45NM);

        assertEquals(0.75, evaluation.accuracy(), 1e-12);
        // Comparisons per row: 2, 2, 1, 1 -> mean 1.5, max 2.
        assertEquals(1.5, evaluation.cost().get(CostMetric.COMPARISONS).mean(), 1e-12);
        assertEquals(2, evaluation.cost().get(CostMetric.COMPARISONS).max(), 1e-12);
        assertEquals(0, evaluation.cost().get(CostMetric.MACS).max(), 1e-12);
        assertEquals(4, evaluation.latency().nanosPerInput().count());
        assertEquals("stump", evaluation.row().model());
    }

    @Test
    void aDatasetOfAnotherWidthIsRefused() {
        Dataset wide = Dataset.of(new float[] {1, 2, 3}, new int[] {0}, List.of("a"), List.of("p", "q", "r"), null,
                new Provenance("hand-made", "0".repeat(64)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Evaluation.of(new Stump(), wide, FlopConvention.MAC_IS_ONE_FLOP, EnergyTable.HOROWITZ_45NM));
        assertTrue(e.getMessage().contains("reads 2 features per row but the dataset has 3"), e.getMessage());
    }

    @Test
    void argmaxTakesTheFirstOfEqualValues() {
        assertEquals(1, Evaluation.argmax(new float[] {0.2f, 0.4f, 0.4f}));
    }
}
