package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class CrossEntropyLossTest {

    @Test
    void lossByHandAndStableForHugeLogits() {
        CrossEntropyLoss loss = new CrossEntropyLoss(3);
        // Row 0: softmax(0, ln 2, ln 5) = (1/8, 2/8, 5/8), label 2: -ln(5/8).
        // Row 1: logits 1000 apart; the correct class is far ahead, loss ~ exp(-1000) ~ 0.
        float[] logits = {0, (float) Math.log(2), (float) Math.log(5), 1000, 0, 0};
        double value = loss.forward(logits, new int[] {2, 0}, 2);
        assertEquals(-Math.log(5.0 / 8) / 2, value, 1e-6);
        float[] wrong = {0, 1000, 0};
        assertEquals(1000, new CrossEntropyLoss(3).forward(wrong, new int[] {0}, 1), 1e-3);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(2);
        int batch = 4;
        int classes = 5;
        CrossEntropyLoss loss = new CrossEntropyLoss(classes);
        float[] logits = GradientChecks.uniform(batch * classes, 3f, random);
        int[] labels = {0, 4, 2, 2};
        loss.forward(logits, labels, batch);
        float[] grad = loss.backward().clone();
        GradientChecks.checkArray("logits", logits, grad, logits.length, () -> loss.forward(logits, labels, batch),
                random);
    }

    @Test
    void rejectsLabelsOutOfRange() {
        CrossEntropyLoss loss = new CrossEntropyLoss(2);
        assertThrows(IllegalArgumentException.class, () -> loss.forward(new float[] {0, 0}, new int[] {2}, 1));
        assertThrows(IllegalArgumentException.class, () -> new CrossEntropyLoss(1));
    }
}
