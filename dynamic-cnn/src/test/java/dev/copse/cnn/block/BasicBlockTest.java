package dev.copse.cnn.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.testing.GradientChecks;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of the residual block in training mode, with the batch norms' shifts set to +-3 and
 * scales to 0.5 channel by channel: every ReLU input then lies at least about 1 away from its kink (half the
 * channels fully on, half fully off), so the block is smooth at the test point, as finite differences need,
 * while both states of every ReLU mask occur.
 */
class BasicBlockTest {

    @Test
    void gradientsWithIdentityShortcut() {
        TensorShape input = new TensorShape(4, 5, 5);
        BasicBlock block = new BasicBlock("b", input, 4, 1, ParameterSource.initializing(1));
        assertFalse(block.hasProjection());
        separateFromKinks(block);
        SplittableRandom random = new SplittableRandom(2);
        GradientChecks.check(block, GradientChecks.uniform(3 * input.size(), 0.5f, random), 3, Mode.TRAIN, 3);
    }

    @Test
    void gradientsWithProjectionShortcut() {
        TensorShape input = new TensorShape(3, 6, 6);
        BasicBlock block = new BasicBlock("b", input, 4, 2, ParameterSource.initializing(4));
        assertTrue(block.hasProjection());
        assertEquals(new TensorShape(4, 3, 3), block.outputShape());
        separateFromKinks(block);
        SplittableRandom random = new SplittableRandom(5);
        GradientChecks.check(block, GradientChecks.uniform(3 * input.size(), 0.5f, random), 3, Mode.TRAIN, 6);
    }

    @Test
    void thirtyTwoBitsIsThePlainBlockAndShortcutIsTheSkipPath() {
        TensorShape input = new TensorShape(4, 5, 5);
        BasicBlock block = new BasicBlock("b", input, 4, 1, ParameterSource.initializing(7));
        float[] x = GradientChecks.uniform(2 * input.size(), 1f, new SplittableRandom(8));
        float[] plain = block.forward(x, 2, Mode.EVAL).clone();
        assertArrayEquals(plain, block.forward(x, 2, Mode.EVAL, 32));
        assertSame(x, block.shortcut(x, 2, Mode.EVAL));
    }

    @Test
    void costOfQuantizedBlockAndOfItsShortcut() {
        TensorShape input = new TensorShape(16, 8, 8);
        BasicBlock block = new BasicBlock("b", input, 32, 2, ParameterSource.initializing(7));
        CostLedger full = new CostLedger();
        block.recordCost(full, 8);
        // conv1: 4x4x32 outputs x 16x9; conv2: 4x4x32 x 32x9; both at 8/8; projection 4x4x32 x 16 at fp32.
        assertEquals(16L * 32 * (16 * 9 + 32 * 9), full.snapshot().macs(Bitwidths.uniform(8)));
        assertEquals(16L * 32 * 16, full.snapshot().macs(Bitwidths.FP32));
        CostLedger skip = new CostLedger();
        block.recordShortcutCost(skip);
        assertEquals(16L * 32 * 16, skip.totalMacs());
    }

    /** Sets each batch norm's scale to 0.5 and its shift to +3 or -3 by channel (see the class comment). */
    static void separateFromKinks(BasicBlock block) {
        for (Parameter p : block.parameters()) {
            if (p.name().contains("bn") && p.name().endsWith(".weight")) {
                Arrays.fill(p.values(), p.name().contains("shortcut") ? 0.1f : 0.5f);
            } else if (p.name().contains("bn") && p.name().endsWith(".bias")) {
                for (int c = 0; c < p.size(); c++) {
                    p.values()[c] = p.name().contains("shortcut") ? 0f : (c % 2 == 0 ? 3f : -3f);
                }
            }
        }
    }
}
