package dev.copse.cnn.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResNetExecutorTest {

    private static final int BATCH = 4;

    private ResNet network;
    private float[] images;
    private int imageSize;

    /** A ResNet-14 on 12x12 images: blocks 0, 1 (identity), 2 (projection), 3 (identity), 4 (projection), 5. */
    @BeforeEach
    void setUp() {
        network = ResNetSpec.builder().inputShape(1, 12, 12).blocksPerStage(2).widths(4, 8, 8).classes(3).build()
                .initialize(3);
        SplittableRandom random = new SplittableRandom(4);
        for (RunningState s : network.runningStates()) {
            float[] v = s.values();
            for (int i = 0; i < v.length && !s.name().endsWith("input_range"); i++) {
                v[i] = s.name().endsWith("running_var") ? (float) (0.5 + random.nextDouble())
                        : (float) (random.nextDouble() - 0.5);
            }
        }
        imageSize = 144;
        images = new float[BATCH * imageSize];
        for (int i = 0; i < images.length; i++) {
            images[i] = (float) random.nextDouble();
        }
    }

    @Test
    void skippedBlockDoesNoMacsAndEqualsTheNetworkWithoutIt() {
        ResNetExecutor executor = new ResNetExecutor(network);
        int[][] bits = new int[BATCH][6];
        for (int[] row : bits) {
            Arrays.fill(row, ExecutionPlan.FULL);
        }
        bits[1][1] = ExecutionPlan.SKIP;
        bits[2][3] = ExecutionPlan.SKIP;
        CostLedger[] ledgers = ledgers(BATCH);
        float[] logits = executor.run(images, BATCH, ExecutionPlan.of(bits), ledgers).clone();

        for (int n = 0; n < BATCH; n++) {
            int skipped = n == 1 ? 1 : n == 2 ? 3 : -1;
            float[] expected = withoutBlock(sample(n), skipped);
            assertArrayEquals(expected, Arrays.copyOfRange(logits, n * 3, n * 3 + 3), "sample " + n);
        }
        Cost full = ledgers[0].snapshot();
        BasicBlock block1 = network.blocks().get(1);
        CostLedger blockCost = new CostLedger();
        block1.recordCost(blockCost);
        assertEquals(full.totalMacs() - blockCost.totalMacs(), ledgers[1].snapshot().totalMacs());
        CostLedger reference = new CostLedger();
        network.stem().recordCost(reference);
        for (int l = 0; l < 6; l++) {
            if (l != 1) {
                network.blocks().get(l).recordCost(reference);
            }
        }
        network.head().recordCost(reference);
        assertEquals(reference.snapshot(), ledgers[1].snapshot());
        assertEquals(full, ledgers[3].snapshot());
    }

    @Test
    void fullPlanEqualsThePlainNetworkAndItsStaticCost() {
        ResNetExecutor executor = new ResNetExecutor(network);
        CostLedger[] ledgers = ledgers(BATCH);
        float[] logits = executor.run(images, BATCH, ExecutionPlan.uniform(BATCH, 6, 32), ledgers).clone();
        float[] plain = network.forward(images, BATCH, Mode.EVAL);
        assertArrayEquals(Arrays.copyOf(plain, BATCH * 3), Arrays.copyOf(logits, BATCH * 3));
        CostLedger whole = new CostLedger();
        network.recordCost(whole);
        assertEquals(whole.snapshot(), ledgers[2].snapshot());
    }

    @Test
    void skippedProjectionBlockRunsOnlyItsShortcut() {
        ResNetExecutor executor = new ResNetExecutor(network);
        int[][] bits = new int[BATCH][6];
        for (int[] row : bits) {
            Arrays.fill(row, ExecutionPlan.FULL);
            row[2] = ExecutionPlan.SKIP;
        }
        CostLedger[] ledgers = ledgers(BATCH);
        float[] logits = executor.run(images, BATCH, ExecutionPlan.of(bits), ledgers).clone();
        BasicBlock block2 = network.blocks().get(2);
        float[] x = network.stem().forward(sample(0), 1, Mode.EVAL);
        x = network.blocks().get(0).forward(x, 1, Mode.EVAL);
        x = network.blocks().get(1).forward(x, 1, Mode.EVAL);
        x = block2.shortcut(x, 1, Mode.EVAL);
        for (int l = 3; l < 6; l++) {
            x = network.blocks().get(l).forward(x, 1, Mode.EVAL);
        }
        assertArrayEquals(Arrays.copyOf(network.head().forward(x, 1, Mode.EVAL), 3), Arrays.copyOf(logits, 3));
        CostLedger full = new CostLedger();
        network.recordCost(full);
        CostLedger blockCost = new CostLedger();
        block2.recordCost(blockCost);
        CostLedger shortcutCost = new CostLedger();
        block2.recordShortcutCost(shortcutCost);
        assertEquals(full.totalMacs() - blockCost.totalMacs() + shortcutCost.totalMacs(), ledgers[0].totalMacs());
    }

    @Test
    void quantizedBlocksRunAtTheirBitwidthPerSample() {
        SplittableRandom random = new SplittableRandom(8);
        // Estimate the activation ranges of every block at 8 bits, as training would.
        float[] batch = new float[8 * imageSize];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = (float) random.nextDouble();
        }
        float[] x = network.stem().forward(batch, 8, Mode.EVAL);
        for (BasicBlock block : network.blocks()) {
            block.forward(x, 8, Mode.TRAIN, 8);
            x = block.forward(x, 8, Mode.EVAL);
        }
        ResNetExecutor executor = new ResNetExecutor(network);
        int[][] bits = new int[BATCH][6];
        for (int[] row : bits) {
            Arrays.fill(row, ExecutionPlan.FULL);
        }
        bits[0][4] = 8;
        bits[3][0] = 4;
        bits[3][5] = ExecutionPlan.SKIP;
        CostLedger[] ledgers = ledgers(BATCH);
        float[] logits = executor.run(images, BATCH, ExecutionPlan.of(bits), ledgers).clone();
        for (int n = 0; n < BATCH; n++) {
            float[] y = network.stem().forward(sample(n), 1, Mode.EVAL);
            for (int l = 0; l < 6; l++) {
                BasicBlock block = network.blocks().get(l);
                y = bits[n][l] == 0 ? block.shortcut(y, 1, Mode.EVAL) : block.forward(y, 1, Mode.EVAL, bits[n][l]);
            }
            assertArrayEquals(Arrays.copyOf(network.head().forward(y, 1, Mode.EVAL), 3),
                    Arrays.copyOfRange(logits, 3 * n, 3 * n + 3), "sample " + n);
        }
        CostLedger expected = new CostLedger();
        network.blocks().get(4).recordCost(expected, 8);
        assertEquals(expected.snapshot().macs(Bitwidths.uniform(8)), ledgers[0].snapshot().macs(Bitwidths.uniform(8)));
        assertEquals(0, ledgers[1].snapshot().macs(Bitwidths.uniform(8)));
    }

    @Test
    void blocksMustRunInOrderWithValidDecisions() {
        ResNetExecutor executor = new ResNetExecutor(network);
        ResNetExecutor.Run run = executor.start(images, BATCH, null);
        assertThrows(IllegalStateException.class, () -> run.block(1, new int[BATCH]));
        assertThrows(IllegalArgumentException.class, () -> run.block(0, new int[] {33, 32, 32, 32}));
        assertThrows(IllegalStateException.class, run::finish);
        assertThrows(IllegalArgumentException.class, () -> ExecutionPlan.uniform(2, 6, -1));
    }

    private float[] sample(int n) {
        return Arrays.copyOfRange(images, n * imageSize, (n + 1) * imageSize);
    }

    /** The logits of one image through the network with block {@code skipped} removed (-1: none). */
    private float[] withoutBlock(float[] image, int skipped) {
        float[] x = network.stem().forward(image, 1, Mode.EVAL);
        for (int l = 0; l < network.blocks().size(); l++) {
            if (l != skipped) {
                x = network.blocks().get(l).forward(x, 1, Mode.EVAL);
            }
        }
        return Arrays.copyOf(network.head().forward(x, 1, Mode.EVAL), 3);
    }

    private static CostLedger[] ledgers(int n) {
        CostLedger[] ledgers = new CostLedger[n];
        for (int i = 0; i < n; i++) {
            ledgers[i] = new CostLedger();
        }
        return ledgers;
    }
}
