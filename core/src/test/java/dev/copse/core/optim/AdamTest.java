package dev.copse.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdamTest {

    /** Parameters and moments are stored as float between steps: relative error a few times 2^-24. */
    private static final double TOLERANCE = 1e-6;

    @Test
    void twoStepsByHand() {
        // lr 0.1, beta1 0.9, beta2 0.999, eps 1e-8, p0 = 1; gradients 0.5 then -0.2.
        // t=1: m = 0.1*0.5 = 0.05; v = 0.001*0.25 = 0.00025; m^ = 0.05/0.1 = 0.5; v^ = 0.00025/0.001 = 0.25
        //      p = 1 - 0.1 * 0.5 / (sqrt(0.25) + 1e-8) = 0.900000002
        // t=2: m = 0.9*0.05 + 0.1*(-0.2) = 0.025; v = 0.999*0.00025 + 0.001*0.04 = 0.00028975
        //      m^ = 0.025 / (1 - 0.81) = 0.1315789474; v^ = 0.00028975 / (1 - 0.998001) = 0.1449474737
        //      p = 0.900000002 - 0.1 * 0.1315789474 / (0.3807196787 + 1e-8) = 0.8654394181
        Adam adam = new Adam(1, AdamOptions.defaults(), LearningRateSchedule.constant(0.1));
        float[] p = {1f};
        adam.step(p, new float[] {0.5f});
        assertEquals(0.900000002, p[0], TOLERANCE);
        adam.step(p, new float[] {-0.2f});
        assertEquals(0.8654394181, p[0], TOLERANCE);
        assertEquals(2, adam.steps());
    }

    @Test
    void decoupledWeightDecayShrinksTheParameterOutsideTheMoments() {
        // AdamW, lr 0.1, lambda 0.5, p0 = 2, g = 0.5:
        // p = 2 * (1 - 0.1 * 0.5) = 1.9; first Adam step is lr * g / (|g| + eps) = 0.1 (to 1e-8): p = 1.800000002
        Adam adamW = new Adam(1, AdamOptions.adamW(0.5), LearningRateSchedule.constant(0.1));
        float[] p = {2f};
        adamW.step(p, new float[] {0.5f});
        assertEquals(1.800000002, p[0], TOLERANCE);
    }

    @Test
    void coupledWeightDecayEntersTheGradient() {
        // Adam + L2, lr 0.1, lambda 0.5, p0 = 2, g = 0.5: g' = 0.5 + 0.5 * 2 = 1.5; the first step is
        // 0.1 * 1.5 / (1.5 + 1e-8): p = 1.9000000007. A first Adam step is +-lr whatever the gradient's
        // size, so the second case is the one that shows the decay entering the gradient.
        AdamOptions options = new AdamOptions(0.9, 0.999, 1e-8, 0.5, AdamOptions.WeightDecayStyle.COUPLED_L2);
        Adam adam = new Adam(1, options, LearningRateSchedule.constant(0.1));
        float[] p = {2f};
        adam.step(p, new float[] {0.5f});
        assertEquals(1.9000000007, p[0], TOLERANCE);
        // A gradient that the L2 term cancels exactly (g = -lambda * p) gives m = 0: no move at all.
        float[] q = {2f};
        new Adam(1, options, LearningRateSchedule.constant(0.1)).step(q, new float[] {-1f});
        assertEquals(2f, q[0]);
    }

    @Test
    void convergesOnAnIllConditionedQuadraticWithWarmupAndCosine() {
        // f(p) = sum a_i (p_i - c_i)^2 / 2 with curvatures 1e-2 .. 1e2: Adam's per-coordinate scaling
        // handles all of them at one learning rate.
        double[] a = {1e-2, 1, 1e2};
        float[] c = {1f, -2f, 0.25f};
        float[] p = new float[3];
        float[] g = new float[3];
        LearningRateSchedule schedule = LearningRateSchedule.cosine(0.05, 1e-4, 3000).withWarmup(50);
        Adam adam = new Adam(3, AdamOptions.defaults(), schedule);
        for (int t = 0; t < 3050; t++) {
            for (int i = 0; i < 3; i++) {
                g[i] = (float) (a[i] * (p[i] - c[i]));
            }
            adam.step(p, g);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(c[i], p[i], 1e-3, "coordinate " + i);
        }
    }

    @Test
    void badOptionsAndBuffersAreRejected() {
        IllegalArgumentException beta = assertThrows(IllegalArgumentException.class,
                () -> new AdamOptions(0.9, 1.0, 1e-8, 0, AdamOptions.WeightDecayStyle.COUPLED_L2));
        assertTrue(beta.getMessage().contains("AdamOptions.beta2"), beta.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new AdamOptions(0.9, 0.999, 0, 0, AdamOptions.WeightDecayStyle.COUPLED_L2));
        assertThrows(IllegalArgumentException.class, () -> AdamOptions.adamW(-0.01));
        assertThrows(NullPointerException.class, () -> new AdamOptions(0.9, 0.999, 1e-8, 0, null));
        Adam adam = new Adam(2, AdamOptions.defaults(), LearningRateSchedule.constant(1e-3));
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> adam.step(new float[3], new float[2]));
        assertTrue(length.getMessage().contains("parameters has length 3"), length.getMessage());
    }
}
