package dev.copse.cnn.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.cnn.block.BasicBlock;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.model.BlockVariant;
import dev.copse.cnn.testing.GradientChecks;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Residual blocks with squeeze-excitation and with same-layer SASE on their residual branch. The gradient
 * checks keep every ReLU input away from its kink as the plain block's test does: batch-norm scales 0.5 and
 * shifts +-3 by channel, hidden biases of the excitation +-3 with its hidden weights scaled to 0.2, and the
 * SASE styles small (so the modulation stays near 1 and the block's final ReLU inputs near +-3).
 */
class ExcitedBlockTest {

    private static final TensorShape INPUT = new TensorShape(4, 5, 5);

    @Test
    void gradientsOfTheSqueezeExcitationBlock() {
        BasicBlock block = new BasicBlock("b", INPUT, 8, 2, ParameterSource.initializing(1),
                BlockVariant.SE.excitation());
        separateFromKinks(block, new SplittableRandom(2));
        GradientChecks.check(block, GradientChecks.uniform(3 * INPUT.size(), 0.5f, new SplittableRandom(3)), 3,
                Mode.TRAIN, 4);
    }

    @Test
    void gradientsOfTheSaseBlock() {
        BasicBlock block = new BasicBlock("b", INPUT, 4, 1, ParameterSource.initializing(5),
                (name, shape, source) -> new SaseLayer(name + ".sase", shape, new SaseOptions(2, 1, 1, false), source));
        separateFromKinks(block, new SplittableRandom(6));
        GradientChecks.check(block, GradientChecks.uniform(3 * INPUT.size(), 0.5f, new SplittableRandom(7)), 3,
                Mode.TRAIN, 8);
    }

    @Test
    void blockCostIncludesTheExcitation() {
        TensorShape input = new TensorShape(8, 6, 6);
        BasicBlock plain = new BasicBlock("b", input, 8, 1, ParameterSource.initializing(9));
        BasicBlock sase = new BasicBlock("b", input, 8, 1, ParameterSource.initializing(9),
                BlockVariant.SASE.excitation());
        SaseModule alone = new SaseModule("b.sase", input, input, SaseOptions.DEFAULTS,
                ParameterSource.initializing(9));
        CostLedger plainCost = new CostLedger();
        plain.recordCost(plainCost);
        CostLedger saseCost = new CostLedger();
        sase.recordCost(saseCost);
        CostLedger moduleCost = new CostLedger();
        alone.recordCost(moduleCost);
        assertEquals(plainCost.totalMacs() + moduleCost.totalMacs(), saseCost.totalMacs());
        int plainParameters = plain.parameters().stream().mapToInt(Parameter::size).sum();
        int moduleParameters = alone.parameters().stream().mapToInt(Parameter::size).sum();
        assertEquals(plainParameters + moduleParameters, sase.parameters().stream().mapToInt(Parameter::size).sum());
    }

    private static void separateFromKinks(BasicBlock block, SplittableRandom random) {
        for (Parameter p : block.parameters()) {
            String name = p.name();
            float[] v = p.values();
            boolean excitation = name.contains(".se.") || name.contains(".sase.");
            boolean hidden = name.contains("fc1") || name.contains("reduce") || name.contains("dilated");
            if (!excitation && name.contains("bn") && name.endsWith(".weight")) {
                Arrays.fill(v, name.contains("shortcut") ? 0.1f : 0.5f);
            } else if (!excitation && name.contains("bn") && name.endsWith(".bias")) {
                for (int c = 0; c < v.length; c++) {
                    v[c] = name.contains("shortcut") ? 0f : (c % 2 == 0 ? 3f : -3f);
                }
            } else if (excitation && hidden && name.endsWith(".bias")) {
                for (int c = 0; c < v.length; c++) {
                    v[c] = c % 2 == 0 ? 3f : -3f;
                }
            } else if (excitation && hidden) {
                for (int i = 0; i < v.length; i++) {
                    v[i] *= 0.2f;
                }
            } else if (name.contains(".sase.style.fc2")) {
                System.arraycopy(GradientChecks.uniform(v.length, 0.3f, random), 0, v, 0, v.length);
            }
        }
    }
}
