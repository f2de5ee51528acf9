package dev.copse.cnn.sase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class SaseModuleTest {

    private static final TensorShape SOURCE = new TensorShape(4, 3, 3);
    private static final TensorShape TARGET = new TensorShape(3, 6, 6);

    @Test
    void gradientsWithoutBatchNorm() {
        checkGradients(new SaseOptions(2, 1, 2, false), 1);
    }

    @Test
    void gradientsWithBatchNormInTraining() {
        checkGradients(new SaseOptions(2, 1, 2, true), 2);
    }

    /**
     * Checks the gradients with respect to the source, the target and every parameter by central differences
     * ({@link GradientChecks}: float32 forward, step 1e-2, relative tolerance 2e-3). The ReLU inputs are kept
     * away from their kinks as in the block tests: hidden biases (or batch-norm shifts) of +-3 by channel
     * and, without batch norm, hidden weights scaled to 0.2 of their He values, so every ReLU is firmly on or
     * off and both occur. (Batch norm rescales its input anyway, and small weights would make the step of
     * 1e-2 large against them, so with batch norm the weights keep their He values.)
     */
    private static void checkGradients(SaseOptions options, long seed) {
        SaseModule module = new SaseModule("s", SOURCE, TARGET, options, ParameterSource.initializing(seed));
        separateFromKinks(module, options.batchNorm(), new SplittableRandom(seed + 10));
        int batch = 2;
        SplittableRandom random = new SplittableRandom(seed + 20);
        float[] source = GradientChecks.uniform(batch * SOURCE.size(), 1f, random);
        float[] target = GradientChecks.uniform(batch * TARGET.size(), 1f, random);
        float[] r = GradientChecks.uniform(batch * TARGET.size(), 1f, random);
        int outSize = batch * TARGET.size();
        DoubleSupplier loss = () -> GradientChecks.weightedSum(module.forward(source, target, batch, Mode.TRAIN), r,
                outSize);
        loss.getAsDouble();
        module.parameters().forEach(Parameter::zeroGradients);
        module.backward(r);
        float[] gradSource = module.sourceGradient().clone();
        float[] gradTarget = module.targetGradient().clone();
        GradientChecks.checkArray("source", source, gradSource, source.length, loss, random);
        GradientChecks.checkArray("target", target, gradTarget, target.length, loss, random);
        for (Parameter p : module.parameters()) {
            GradientChecks.checkArray(p.name(), p.values(), p.gradients().clone(), p.size(), loss, random);
        }
    }

    private static void separateFromKinks(SaseModule module, boolean batchNorm, SplittableRandom random) {
        for (Parameter p : module.parameters()) {
            float[] v = p.values();
            boolean hidden = p.name().contains("reduce") || p.name().contains("dilated") || p.name().contains("fc1");
            if (p.name().contains(".bn") && p.name().endsWith(".weight")) {
                Arrays.fill(v, 0.5f);
            } else if (p.name().endsWith(".bias") && (hidden || p.name().contains(".bn"))) {
                for (int c = 0; c < v.length; c++) {
                    v[c] = c % 2 == 0 ? 3f : -3f;
                }
            } else if (hidden && !batchNorm) {
                for (int i = 0; i < v.length; i++) {
                    v[i] *= 0.2f;
                }
            } else if (!hidden) {
                // The style layer starts at zero and the mask projection at He values; random values make every
                // term of the modulation's gradient count.
                float[] values = GradientChecks.uniform(v.length, 1f, random);
                System.arraycopy(values, 0, v, 0, v.length);
            }
        }
    }

    @Test
    void masksOfOneAndStylesOfZeroGiveTheIdentity() {
        SaseModule module = new SaseModule("s", SOURCE, TARGET, SaseOptions.DEFAULTS.withGroups(2),
                ParameterSource.initializing(3));
        for (Parameter p : module.parameters()) {
            if (p.name().startsWith("s.mask.project") || p.name().startsWith("s.style.fc2")) {
                Arrays.fill(p.values(), p.name().equals("s.mask.project.bias") ? 100f : 0f);
            }
        }
        SplittableRandom random = new SplittableRandom(4);
        float[] source = GradientChecks.uniform(2 * SOURCE.size(), 1f, random);
        float[] target = GradientChecks.uniform(2 * TARGET.size(), 1f, random);
        float[] out = module.forward(source, target, 2, Mode.EVAL);
        for (int i = 0; i < 2 * 2 * TARGET.plane(); i++) {
            assertEquals(1f, module.masks()[i], "mask " + i);
        }
        for (int i = 0; i < target.length; i++) {
            assertEquals(target[i], out[i], "output " + i);
        }
    }

    @Test
    void modulationOfConstantMasksAndStylesMatchesTheFormula() {
        // Weights of the last mask and style layers zero: mask g is sigmoid(b_g) everywhere and style g is the
        // bias slice u_g, so S_c = sum_g a_g u_gc / (sum_g a_g + 1e-6) + 1 at every position.
        SaseModule module = new SaseModule("s", SOURCE, TARGET, SaseOptions.DEFAULTS.withGroups(2),
                ParameterSource.initializing(5));
        float[] maskBias = {0.5f, -1f};
        float[] styleBias = {0.3f, -0.7f, 1.1f, 2f, 0.1f, -0.4f};
        for (Parameter p : module.parameters()) {
            switch (p.name()) {
                case "s.mask.project.weight", "s.style.fc2.weight" -> Arrays.fill(p.values(), 0f);
                case "s.mask.project.bias" -> System.arraycopy(maskBias, 0, p.values(), 0, 2);
                case "s.style.fc2.bias" -> System.arraycopy(styleBias, 0, p.values(), 0, 6);
                default -> { }
            }
        }
        double a0 = 1 / (1 + Math.exp(-0.5));
        double a1 = 1 / (1 + Math.exp(1));
        float[] target = GradientChecks.uniform(TARGET.size(), 1f, new SplittableRandom(6));
        float[] out = module.forward(new float[SOURCE.size()], target, 1, Mode.EVAL);
        for (int c = 0; c < 3; c++) {
            double s = (a0 * styleBias[c] + a1 * styleBias[3 + c]) / (a0 + a1 + 1e-6) + 1;
            for (int p = 0; p < TARGET.plane(); p++) {
                int i = c * TARGET.plane() + p;
                assertEquals(target[i] * s, out[i], 1e-5, "output " + i);
            }
        }
    }

    @Test
    void masksLieStrictlyBetweenZeroAndOneAndAreUpsampledToTheTarget() {
        SaseModule module = new SaseModule("s", SOURCE, TARGET, SaseOptions.DEFAULTS.withGroups(2),
                ParameterSource.initializing(7));
        SplittableRandom random = new SplittableRandom(8);
        float[] source = GradientChecks.uniform(3 * SOURCE.size(), 2f, random);
        module.forward(source, new float[3 * TARGET.size()], 3, Mode.EVAL);
        float[] masks = module.masks();
        assertTrue(masks.length >= 3 * 2 * TARGET.plane());
        for (int m = 0; m < 3 * 2; m++) {
            for (int y = 0; y < TARGET.height(); y++) {
                for (int x = 0; x < TARGET.width(); x++) {
                    float a = masks[m * TARGET.plane() + y * TARGET.width() + x];
                    assertTrue(a > 0f && a < 1f, "mask value " + a);
                    // Factor 2: each source position fills a 2x2 block of the target.
                    assertEquals(masks[m * TARGET.plane() + (y & ~1) * TARGET.width() + (x & ~1)], a);
                }
            }
        }
    }

    @Test
    void parameterAndMacCountsMatchHandComputation() {
        // Source 8x4x4, target 6x8x8, G = 2, r = 2, dilation 2, no batch norm: group width 4, hidden h = 2,
        // so every grouped layer has 2 groups of h = 2 hidden channels (4 in all).
        //   mask.reduce    1x1, 8 -> 4 in 2 groups: 4 x 4 weights + 4 biases          =  20 parameters
        //   mask.dilated1  3x3, 4 -> 4 in 2 groups: 4 x 2 x 9 weights + 4 biases       =  76
        //   mask.dilated2  the same                                                    =  76
        //   mask.project   1x1, 4 -> 2 in 2 groups: 2 x 2 weights + 2 biases           =   6
        //   style.fc1      8 -> 4 in 2 groups: 4 x 4 weights + 4 biases                =  20
        //   style.fc2      4 -> 12 in 2 groups: 12 x 2 weights + 12 biases             =  36
        //   total                                                                      = 234
        // MACs per sample: the mask branch runs at 4x4 = 16 positions: 16 x 16 + 2 x 16 x 72 + 16 x 4 = 2,624;
        // the style branch 16 + 24 = 40; the modulation G C_t Ht Wt = 2 x 6 x 64 = 768; total 3,432.
        SaseModule module = new SaseModule("s", new TensorShape(8, 4, 4), new TensorShape(6, 8, 8),
                new SaseOptions(2, 2, 2, false), ParameterSource.initializing(9));
        assertEquals(234, module.parameters().stream().mapToInt(Parameter::size).sum());
        CostLedger ledger = new CostLedger();
        module.recordCost(ledger);
        assertEquals(3_432, ledger.snapshot().macs(Bitwidths.FP32));
        assertEquals(3_432, ledger.totalMacs());
        // Every parameter read once as float32; one sigmoid per group at the source's 16 positions.
        assertEquals(4L * 234, ledger.snapshot().parameterBytesRead());
        assertEquals(2 * 16, ledger.snapshot().nonlinear());
    }

    @Test
    void rejectsShapesThatDoNotFit() {
        ParameterSource source = ParameterSource.initializing(1);
        assertThrows(IllegalArgumentException.class, () -> new SaseModule("s", new TensorShape(6, 3, 3), TARGET,
                SaseOptions.DEFAULTS, source));
        assertThrows(IllegalArgumentException.class, () -> new SaseModule("s", SOURCE, new TensorShape(3, 6, 5),
                SaseOptions.DEFAULTS.withGroups(2), source));
        assertThrows(IllegalArgumentException.class, () -> new SaseOptions(0, 4, 2, false));
    }
}
