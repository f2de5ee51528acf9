package dev.copse.cascade.scan;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small test images: 10 x 10 noise (uniform in [0, 0.3)) with one 3 x 3 patch at a random place, bright
 * (1.0) for class 0 and grey (0.6) for class 1. Any window over the patch sees its brightness, wherever the
 * patch is; a given pixel is covered by the patch in few images, so single pixels say little.
 */
final class Patches {

    static final ImageShape SHAPE = new ImageShape(1, 10, 10);

    private Patches() {
    }

    static Dataset of(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * SHAPE.size()];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int p = 0; p < SHAPE.size(); p++) {
                x[i * SHAPE.size() + p] = (float) (0.3 * random.nextDouble());
            }
            int top = random.nextInt(0, 8);
            int left = random.nextInt(0, 8);
            for (int dy = 0; dy < 3; dy++) {
                for (int dx = 0; dx < 3; dx++) {
                    x[i * SHAPE.size() + (top + dy) * 10 + left + dx] = y[i] == 0 ? 1f : 0.6f;
                }
            }
        }
        return Dataset.of(x, y, List.of("bright", "grey"), Dataset.pixelFeatureNames(SHAPE), SHAPE,
                new Provenance("patches (seed " + seed + ")", "0".repeat(64)));
    }
}
