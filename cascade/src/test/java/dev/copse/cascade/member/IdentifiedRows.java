package dev.copse.cascade.member;

import dev.copse.core.data.Dataset;
import dev.copse.core.data.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test datasets whose rows identify themselves: feature 0 is the row's id (exact in float below 2^24),
 * feature 1 its label, the rest uniform noise. The cascade puts the base features first in every level's
 * input, so a test member can tell exactly which rows it trains on and predicts.
 */
public final class IdentifiedRows {

    public static final int ID = 0;
    public static final int LABEL = 1;

    private IdentifiedRows() {
    }

    /** {@code n} rows, ids {@code firstId ..}, labels {@code id % classes}, {@code noise} extra features. */
    public static Dataset of(int n, int firstId, int classes, int noise, long seed) {
        int d = 2 + noise;
        float[] x = new float[n * d];
        int[] y = new int[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < n; r++) {
            int id = firstId + r;
            y[r] = id % classes;
            x[r * d + ID] = id;
            x[r * d + LABEL] = y[r];
            for (int j = 2; j < d; j++) {
                x[r * d + j] = (float) random.nextDouble();
            }
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("c" + c);
        }
        return Dataset.of(x, y, names, Dataset.indexFeatureNames(d), null, new Provenance("identified rows",
                "0".repeat(64)));
    }

    /** The id of row {@code r} of a row-major matrix with {@code d} features. */
    public static int id(float[] x, int r, int d) {
        return (int) x[r * d + ID];
    }
}
