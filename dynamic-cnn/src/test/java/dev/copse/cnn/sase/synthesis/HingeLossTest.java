package dev.copse.cnn.sase.synthesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HingeLossTest {

    @Test
    void discriminatorAndGeneratorLossesByHand() {
        // Real scores 2 and 0.5, fake scores -3 and 0: max(0, 1 - 2) + max(0, 1 - 0.5) = 0.5 for the real pair,
        // max(0, 1 - 3) + max(0, 1 + 0) = 1 for the fakes; L_D = 1.5 / 2 = 0.75.
        float[] scores = {2f, 0.5f, -3f, 0f};
        float[] gradient = new float[4];
        assertEquals(0.75, HingeLoss.discriminator(scores, 2, gradient), 1e-12);
        assertArrayEquals(new float[] {0f, -0.5f, 0f, 0.5f}, gradient);
        // L_G = -(-3 + 0) / 2 = 1.5; each fake score's gradient is -1/2.
        float[] fakeGradient = new float[2];
        assertEquals(1.5, HingeLoss.generator(new float[] {-3f, 0f}, 2, fakeGradient), 1e-12);
        assertArrayEquals(new float[] {-0.5f, -0.5f}, fakeGradient);
    }
}
