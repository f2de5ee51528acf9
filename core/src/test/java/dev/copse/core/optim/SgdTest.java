package dev.copse.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SgdTest {

    /** Float storage of parameters and velocity between steps: a few float ulps around 1. */
    private static final double TOLERANCE = 1e-6;

    @Test
    void twoStepsWithMomentumAndWeightDecayByHand() {
        // lr 0.1, momentum 0.9, weight decay 0.1, p0 = 1, constant gradient 0.5.
        // Step 1: g = 0.5 + 0.1 * 1 = 0.6;      v = 0.6;                  p = 1 - 0.1 * 0.6 = 0.94
        // Step 2: g = 0.5 + 0.1 * 0.94 = 0.594; v = 0.9 * 0.6 + 0.594 = 1.134; p = 0.94 - 0.1134 = 0.8266
        Sgd sgd = new Sgd(1, new SgdOptions(0.9, 0.1), LearningRateSchedule.constant(0.1));
        float[] p = {1f};
        float[] g = {0.5f};
        sgd.step(p, g);
        assertEquals(0.94, p[0], TOLERANCE);
        sgd.step(p, g);
        assertEquals(0.8266, p[0], TOLERANCE);
        assertEquals(2, sgd.steps());
        assertEquals(0.5f, g[0], "gradients are not modified");
    }

    @Test
    void withoutMomentumItIsPlainGradientDescentFollowingTheSchedule() {
        // Rates 0.5, 0.5, 0.05 (step decay by 0.1 every 2 steps); gradient 2 for p[0], -4 for p[1].
        Sgd sgd = new Sgd(2, new SgdOptions(0, 0), LearningRateSchedule.step(0.5, 0.1, 2));
        float[] p = {0f, 10f};
        float[] g = {2f, -4f};
        sgd.step(p, g);
        sgd.step(p, g);
        assertEquals(0.05, sgd.learningRate(), 1e-15);
        sgd.step(p, g);
        // p0 = 0 - 0.5*2 - 0.5*2 - 0.05*2 = -2.1;  p1 = 10 + 0.5*4 + 0.5*4 + 0.05*4 = 14.2
        assertEquals(-2.1, p[0], TOLERANCE);
        assertEquals(14.2, p[1], 1e-5);
    }

    @Test
    void momentumConvergesOnAQuadratic() {
        // f(p) = sum (p_i - c_i)^2 / 2, gradient p - c: heavy-ball momentum must reach c.
        float[] c = {3f, -1f, 0.5f, 7f};
        float[] p = new float[4];
        float[] g = new float[4];
        Sgd sgd = new Sgd(4, SgdOptions.defaults(), LearningRateSchedule.constant(0.05));
        for (int t = 0; t < 600; t++) {
            for (int i = 0; i < 4; i++) {
                g[i] = p[i] - c[i];
            }
            sgd.step(p, g);
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(c[i], p[i], 1e-4, "coordinate " + i);
        }
    }

    @Test
    void badOptionsAndBuffersAreRejected() {
        IllegalArgumentException momentum = assertThrows(IllegalArgumentException.class, () -> new SgdOptions(1.0, 0));
        assertTrue(momentum.getMessage().contains("SgdOptions.momentum"), momentum.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SgdOptions(0.9, -1e-4));
        assertThrows(IllegalArgumentException.class, () -> new SgdOptions(Double.NaN, 0));
        Sgd sgd = new Sgd(3, SgdOptions.defaults(), LearningRateSchedule.constant(0.1));
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
                () -> sgd.step(new float[3], new float[2]));
        assertTrue(length.getMessage().contains("gradients has length 2"), length.getMessage());
        assertThrows(NullPointerException.class, () -> new Sgd(3, null, LearningRateSchedule.constant(0.1)));
        assertEquals(0, sgd.steps(), "a rejected step is not counted");
    }
}
