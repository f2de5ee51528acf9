package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class LinearTest {

    @Test
    void computesAffineMapByHand() {
        Linear linear = new Linear("fc", TensorShape.vector(2), 3, ParameterSource.loading(Map.of(
                "fc.weight", new float[] {1, 2, 3, 4, 5, 6}, "fc.bias", new float[] {0.5f, 0, -1})));
        float[] y = linear.forward(new float[] {1, -1, 2, 0}, 2, Mode.EVAL);
        assertArrayEquals(new float[] {-0.5f, -1, -2, 2.5f, 6, 9}, Arrays.copyOf(y, 6));
    }

    @Test
    void gradients() {
        SplittableRandom random = new SplittableRandom(5);
        Linear linear = new Linear("fc", new TensorShape(2, 2, 2), 4, ParameterSource.initializing(4));
        linear.bias().values()[2] = 0.3f;
        GradientChecks.check(linear, GradientChecks.uniform(3 * 8, 1f, random), 3, Mode.TRAIN, 6);
    }
}
