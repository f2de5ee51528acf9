package dev.copse.cnn.sase.synthesis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.progress.ProgressListener;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FewShotGanTest {

    @Test
    void trainsWithFiniteLossesAndTheSameSeedGivesTheSameSamples() {
        Dataset shots = images(10);
        GanOptions options = new GanOptions(4, 4, 2e-4, 8, 7);
        float[] first = run(shots, options);
        for (float v : first) {
            assertTrue(v > 0f && v < 1f, "pixel " + v);
        }
        assertArrayEquals(first, run(shots, options));
    }

    private static float[] run(Dataset shots, GanOptions options) {
        FewShotGan gan = new FewShotGan(SkipExcitation.SASE, new int[] {8, 4, 4}, new int[] {4, 8}, options);
        double[][] losses = gan.train(shots, ProgressListener.none());
        for (double[] step : losses) {
            assertTrue(Double.isFinite(step[0]) && Double.isFinite(step[1]));
        }
        return gan.sample(6, 1);
    }

    private static Dataset images(int rows) {
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[rows * 784];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        ImageShape shape = new ImageShape(1, 28, 28);
        return Dataset.of(x, new int[rows], List.of("only"), Dataset.pixelFeatureNames(shape), shape,
                new Provenance("synthetic test images", "0".repeat(64)));
    }
}
