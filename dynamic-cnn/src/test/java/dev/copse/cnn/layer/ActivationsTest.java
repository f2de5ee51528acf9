package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    @Test
    void reluByHandAndGradients() {
        ReluActivation relu = new ReluActivation(TensorShape.vector(3));
        assertArrayEquals(new float[] {0, 2, 0}, Arrays.copyOf(relu.forward(new float[] {-1, 2, 0}, 1, Mode.EVAL), 3));
        assertArrayEquals(new float[] {0, 5, 0}, Arrays.copyOf(relu.backward(new float[] {7, 5, 3}, true), 3));
        SplittableRandom random = new SplittableRandom(1);
        TensorShape shape = new TensorShape(2, 3, 3);
        GradientChecks.check(new ReluActivation(shape), GradientChecks.awayFromZero(2 * shape.size(), 0.1f, random), 2,
                Mode.TRAIN, 2);
    }

    @Test
    void sigmoidByHandAndGradients() {
        SigmoidActivation sigmoid = new SigmoidActivation(TensorShape.vector(2));
        float[] y = sigmoid.forward(new float[] {0, (float) Math.log(3)}, 1, Mode.EVAL);
        assertEquals(0.5f, y[0], 1e-7f);
        assertEquals(0.75f, y[1], 1e-6f);
        SplittableRandom random = new SplittableRandom(3);
        GradientChecks.check(new SigmoidActivation(TensorShape.vector(6)), GradientChecks.uniform(18, 3f, random), 3,
                Mode.TRAIN, 4);
    }

    @Test
    void softmaxByHandAndGradients() {
        SoftmaxActivation softmax = new SoftmaxActivation(TensorShape.vector(3));
        float[] y = softmax.forward(new float[] {0, (float) Math.log(2), (float) Math.log(5)}, 1, Mode.EVAL);
        assertArrayEquals(new float[] {0.125f, 0.25f, 0.625f}, Arrays.copyOf(y, 3), 1e-6f);
        SplittableRandom random = new SplittableRandom(5);
        GradientChecks.check(new SoftmaxActivation(TensorShape.vector(5)), GradientChecks.uniform(15, 2f, random), 3,
                Mode.TRAIN, 6);
    }
}
