package dev.copse.examples.cli.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user set on {@code copse train} beyond the data and the output file. A null field means "the
 * model's default"; {@link #given()} names the fields that are set, so a kind can refuse settings it does
 * not use instead of ignoring them silently.
 */
record TrainSettings(Integer trees, Integer maxDepth, Integer epochs, Double learningRate, Integer batchSize,
                     Long seed, Integer threads, Integer depth, String preset, List<Integer> scan,
                     Integer scanStride, Integer maxLevels) {

    /** The settings of the single-model kinds; depth and the cascade's own settings unset. */
    TrainSettings(Integer trees, Integer maxDepth, Integer epochs, Double learningRate, Integer batchSize, Long seed,
                  Integer threads) {
        this(trees, maxDepth, epochs, learningRate, batchSize, seed, threads, null, null, null, null, null);
    }

    /** The option names (as on the command line) of the fields that are set. */
    Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "--trees", trees);
        put(given, "--max-depth", maxDepth);
        put(given, "--epochs", epochs);
        put(given, "--learning-rate", learningRate);
        put(given, "--batch-size", batchSize);
        put(given, "--seed", seed);
        put(given, "--threads", threads);
        put(given, "--depth", depth);
        put(given, "--preset", preset);
        put(given, "--scan", scan);
        put(given, "--scan-stride", scanStride);
        put(given, "--max-levels", maxLevels);
        return given;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    int threadsOr(int fallback) {
        return threads == null ? fallback : threads;
    }
}
