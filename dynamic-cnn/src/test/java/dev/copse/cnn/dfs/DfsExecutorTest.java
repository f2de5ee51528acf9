package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.model.ResNet;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostConventions;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DfsExecutorTest {

    private static final int BATCH = 4;
    private static final int SIZE = 144;

    /** Option indices into {skip, 4, 8, 16, 32} for gated blocks 1 and 2, one row per sample. */
    private static final int[][] FORCED = {{0, 4}, {1, 2}, {3, 0}, {4, 4}};

    @Test
    void forcedDecisionRunsExactlyThatBranch() {
        DfsNetwork network = DfsFixtures.network(BitwidthOptions.DEFAULT, 3);
        float[] images = DfsFixtures.images(BATCH, SIZE, 5);
        CostLedger[] ledgers = ledgers();
        DfsExecutor.Result result = new DfsExecutor(network).run(images, BATCH, FORCED, ledgers);

        DfsCostTable table = new DfsCostTable(network);
        for (int n = 0; n < BATCH; n++) {
            CostLedger expectedCost = new CostLedger();
            float[] expected = handBuilt(network, Arrays.copyOfRange(images, n * SIZE, (n + 1) * SIZE), FORCED[n],
                    expectedCost);
            assertArrayEquals(expected, Arrays.copyOfRange(result.logits(), n * 3, n * 3 + 3), "sample " + n);
            assertEquals(expectedCost.snapshot(), ledgers[n].snapshot(), "ledger of sample " + n);
            assertArrayEquals(FORCED[n], result.choices()[n]);
            long tableBitOps = table.fixedBitOps() + table.optionBitOps(0, FORCED[n][0])
                    + table.optionBitOps(1, FORCED[n][1]);
            assertEquals(tableBitOps, CostConventions.bitOps(ledgers[n].snapshot()));
        }
        // skipping both gated blocks (a row of skips) costs less than any other sample; full costs most
        Cost full = ledgers[3].snapshot();
        for (int n = 0; n < 3; n++) {
            assertTrue(CostConventions.bitOps(ledgers[n].snapshot()) < CostConventions.bitOps(full));
        }
    }

    /** The sample through stem, block 0 at 32 bits, the forced branches and the head, on a fresh replica. */
    private static float[] handBuilt(DfsNetwork network, float[] image, int[] choices, CostLedger ledger) {
        ResNet net = network.backbone().replica();
        BitwidthOptions options = network.options();
        float[] x = net.stem().forward(image, 1, Mode.EVAL);
        net.stem().recordCost(ledger);
        x = net.blocks().get(0).forward(x, 1, Mode.EVAL, 32);
        net.blocks().get(0).recordCost(ledger, 32);
        for (int s = 0; s < choices.length; s++) {
            network.gate().recordCost(ledger, s);
            BasicBlock block = net.blocks().get(s + 1);
            int bits = options.bits(choices[s]);
            if (bits == 0) {
                block.recordShortcutCost(ledger);
                x = block.shortcut(x, 1, Mode.EVAL);
            } else {
                block.recordCost(ledger, bits);
                x = block.forward(x, 1, Mode.EVAL, bits);
            }
        }
        net.head().recordCost(ledger);
        return net.head().forward(x, 1, Mode.EVAL).clone();
    }

    @Test
    void gatedInferenceAgreesWithTheTrainingFormThatComputesEveryOption() {
        DfsNetwork network = DfsFixtures.network(BitwidthOptions.PAPER, 11);
        network.setStage(DfsStage.JOINT, BudgetLoss.smooth(0.01, 50));
        float[] images = DfsFixtures.images(BATCH, SIZE, 12);
        float[] everything = network.forward(images, BATCH, Mode.EVAL).clone();
        int[][] trainingChoices = network.lastChoices();

        DfsExecutor.Result chosenOnly = new DfsExecutor(network).run(images, BATCH, null);
        for (int n = 0; n < BATCH; n++) {
            assertArrayEquals(trainingChoices[n], chosenOnly.choices()[n]);
        }
        assertArrayEquals(everything, Arrays.copyOf(chosenOnly.logits(), BATCH * 3), 1e-5f);
    }

    @Test
    void refusesForcedDecisionsThatAreNotOptions() {
        DfsExecutor executor = new DfsExecutor(DfsFixtures.network(BitwidthOptions.SKIP_ONLY, 1));
        float[] images = DfsFixtures.images(1, SIZE, 1);
        assertThrows(IllegalArgumentException.class, () -> executor.run(images, 1, new int[][] {{0, 2}}, null));
        assertThrows(IllegalArgumentException.class, () -> executor.run(images, 1, new int[][] {{0}}, null));
    }

    private static CostLedger[] ledgers() {
        CostLedger[] ledgers = new CostLedger[BATCH];
        for (int n = 0; n < BATCH; n++) {
            ledgers[n] = new CostLedger();
        }
        return ledgers;
    }
}
