package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class PoolingTest {

    private static final float[] IMAGE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @Test
    void averagePoolingByHand() {
        AvgPool2d pool = new AvgPool2d(new TensorShape(1, 4, 4), 2, 2);
        assertEquals(new TensorShape(1, 2, 2), pool.outputShape());
        assertArrayEquals(new float[] {3.5f, 5.5f, 11.5f, 13.5f}, Arrays.copyOf(pool.forward(IMAGE, 1, Mode.EVAL), 4));
        float[] dx = pool.backward(new float[] {4, 8, 0, 0}, true);
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0}, Arrays.copyOf(dx, 16));
    }

    @Test
    void averagePoolingGradientsWithOverlappingWindows() {
        SplittableRandom random = new SplittableRandom(1);
        TensorShape shape = new TensorShape(2, 5, 5);
        GradientChecks.check(new AvgPool2d(shape, 3, 2), GradientChecks.uniform(2 * shape.size(), 1f, random), 2,
                Mode.TRAIN, 2);
    }

    @Test
    void globalAveragePoolingByHandAndGradients() {
        GlobalAvgPool pool = new GlobalAvgPool(new TensorShape(2, 2, 4));
        assertArrayEquals(new float[] {4.5f, 12.5f}, Arrays.copyOf(pool.forward(IMAGE, 1, Mode.EVAL), 2));
        SplittableRandom random = new SplittableRandom(3);
        TensorShape shape = new TensorShape(3, 3, 2);
        GradientChecks.check(new GlobalAvgPool(shape), GradientChecks.uniform(2 * shape.size(), 1f, random), 2,
                Mode.TRAIN, 4);
    }

    @Test
    void nearestUpsamplingByHandAndGradients() {
        NearestUpsample up = new NearestUpsample(new TensorShape(1, 1, 2), 2);
        assertEquals(new TensorShape(1, 2, 4), up.outputShape());
        assertArrayEquals(new float[] {1, 1, 2, 2, 1, 1, 2, 2}, Arrays.copyOf(up.forward(new float[] {1, 2}, 1,
                Mode.EVAL), 8));
        SplittableRandom random = new SplittableRandom(5);
        TensorShape shape = new TensorShape(2, 2, 3);
        GradientChecks.check(new NearestUpsample(shape, 3), GradientChecks.uniform(2 * shape.size(), 1f, random), 2,
                Mode.TRAIN, 6);
    }
}
