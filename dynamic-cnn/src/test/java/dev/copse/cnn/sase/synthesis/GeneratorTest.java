package dev.copse.cnn.sase.synthesis;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.testing.GradientChecks;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gradient checks of both generators in training mode. ReLU inputs are kept away from their kinks as in the
 * block tests: batch-norm scales 0.5 and shifts +-3 by channel; hidden biases of the excitation +-3 with
 * its hidden weights scaled to 0.2; SASE styles small.
 */
class GeneratorTest {

    @ParameterizedTest
    @EnumSource(SkipExcitation.class)
    void gradients(SkipExcitation kind) {
        Generator generator = new Generator(3, new int[] {4, 4, 4}, kind, ParameterSource.initializing(1));
        SplittableRandom random = new SplittableRandom(2);
        for (Parameter p : generator.parameters()) {
            String name = p.name();
            float[] v = p.values();
            boolean hidden = name.contains("fc1") || name.contains("reduce") || name.contains("dilated");
            if (name.contains(".bn") && !name.contains("sle") && name.endsWith(".weight")) {
                Arrays.fill(v, 0.5f);
            } else if ((name.contains(".bn") && !name.contains("sle") || hidden) && name.endsWith(".bias")) {
                for (int c = 0; c < v.length; c++) {
                    v[c] = c % 2 == 0 ? 3f : -3f;
                }
            } else if (hidden) {
                for (int i = 0; i < v.length; i++) {
                    v[i] *= 0.2f;
                }
            } else if (name.contains("sle.style.fc2")) {
                System.arraycopy(GradientChecks.uniform(v.length, 0.3f, random), 0, v, 0, v.length);
            }
        }
        GradientChecks.check(generator, GradientChecks.uniform(3 * 3, 1f, random), 3, Mode.TRAIN, 3);
    }
}
