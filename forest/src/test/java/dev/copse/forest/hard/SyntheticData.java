package dev.copse.forest.hard;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small seeded datasets for the forest tests. */
final class SyntheticData {

    private SyntheticData() {
    }

    /**
     * {@code n} rows of {@code d} features in 3 classes: class c centres features 0 and 1 at (2c, c), the
     * rest is noise; values are rounded to a tenth so features have repeats.
     */
    static Dataset blobs(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int r = 0; r < n; r++) {
            int c = random.nextInt(3);
            y[r] = c;
            for (int f = 0; f < d; f++) {
                double centre = f == 0 ? 2 * c : f == 1 ? c : 0;
                x[r * d + f] = Math.round((centre + random.nextGaussian()) * 10) / 10f;
            }
        }
        List<String> classes = new ArrayList<>(List.of("a", "b", "c"));
        return Dataset.of(x, y, classes, Dataset.indexFeatureNames(d), null,
                new Provenance("synthetic blobs (seed " + seed + ")", "00".repeat(32)));
    }
}
