package dev.copse.forest.hard;

import dev.copse.core.json.JsonBoolean;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import dev.copse.forest.hard.binning.BinningOptions;

/**
 * Writes {@link HardForestOptions} as JSON and reads them back, for model files and configuration. The
 * object holds every field of the options record under its own name, plus {@code "algorithm"}:
 * <pre>{@code
 * {"algorithm": "random-forest" | "completely-random-forest", "trees": 100,
 *  "maxFeatures": {"rule": "sqrt"|"log2"|"all"} | {"rule": "count", "count": 5}
 *                 | {"rule": "fraction", "fraction": 0.25},
 *  "maxDepth": 2147483647, "minSamplesLeaf": 1, "bootstrap": true, "criterion": "GINI",
 *  "binning": {"maxBins": 255, "sampleRows": 200000}, "seed": 1, "threads": 8}
 * }</pre>
 * {@code maxDepth} 2147483647 is {@link HardForestOptions#UNLIMITED_DEPTH}. Numbers round-trip exactly
 * (the seed as a 64-bit integer, a fraction as the shortest decimal of its double). Every field is
 * required; the algorithm names are stable identifiers, unlike {@link HardForestOptions#algorithm()},
 * which is text for people.
 *
 * <p>Stateless and thread-safe.
 */
public final class HardForestOptionsJson {

    /** The {@code "algorithm"} value of {@link RandomForest.Options}. */
    public static final String RANDOM_FOREST = "random-forest";
    /** The {@code "algorithm"} value of {@link CompletelyRandomForest.Options}. */
    public static final String COMPLETELY_RANDOM_FOREST = "completely-random-forest";

    private HardForestOptionsJson() {
    }

    /** The options as a JSON object (layout in the class description). */
    public static JsonObject toJson(HardForestOptions options) {
        String algorithm = switch (options) {
            case RandomForest.Options o -> RANDOM_FOREST;
            case CompletelyRandomForest.Options o -> COMPLETELY_RANDOM_FOREST;
        };
        return JsonObject.builder()
                .put("algorithm", algorithm)
                .put("trees", options.trees())
                .put("maxFeatures", toJson(options.maxFeatures()))
                .put("maxDepth", options.maxDepth())
                .put("minSamplesLeaf", options.minSamplesLeaf())
                .put("bootstrap", options.bootstrap())
                .put("criterion", options.criterion().name())
                .put("binning", JsonObject.builder()
                        .put("maxBins", options.binning().maxBins())
                        .put("sampleRows", options.binning().sampleRows())
                        .build())
                .put("seed", options.seed())
                .put("threads", options.threads())
                .build();
    }

    /**
     * The options a JSON object describes.
     *
     * @throws IllegalArgumentException naming the field that is missing, of the wrong JSON kind, unknown
     *                                  (listing the supported values) or out of range
     */
    public static HardForestOptions fromJson(JsonObject json) {
        String algorithm = string(json, "algorithm");
        int trees = intField(json, "trees");
        MaxFeatures maxFeatures = maxFeatures(object(json, "maxFeatures"));
        int maxDepth = intField(json, "maxDepth");
        int minSamplesLeaf = intField(json, "minSamplesLeaf");
        boolean bootstrap = bool(json, "bootstrap");
        SplitCriterion criterion = criterion(string(json, "criterion"));
        JsonObject binningJson = object(json, "binning");
        BinningOptions binning = new BinningOptions(intField(binningJson, "maxBins"),
                intField(binningJson, "sampleRows"));
        long seed = longField(json, "seed");
        int threads = intField(json, "threads");
        return switch (algorithm) {
            case RANDOM_FOREST -> new RandomForest.Options(trees, maxFeatures, maxDepth, minSamplesLeaf, bootstrap,
                    criterion, binning, seed, threads);
            case COMPLETELY_RANDOM_FOREST -> new CompletelyRandomForest.Options(trees, maxFeatures, maxDepth,
                    minSamplesLeaf, bootstrap, criterion, binning, seed, threads);
            default -> throw new IllegalArgumentException("unknown algorithm '" + algorithm + "'; supported: "
                    + RANDOM_FOREST + ", " + COMPLETELY_RANDOM_FOREST);
        };
    }

    private static JsonObject toJson(MaxFeatures maxFeatures) {
        JsonObject.Builder json = JsonObject.builder();
        switch (maxFeatures) {
            case MaxFeatures.Sqrt() -> json.put("rule", "sqrt");
            case MaxFeatures.Log2() -> json.put("rule", "log2");
            case MaxFeatures.All() -> json.put("rule", "all");
            case MaxFeatures.Count(int count) -> json.put("rule", "count").put("count", count);
            case MaxFeatures.Fraction(double fraction) -> json.put("rule", "fraction").put("fraction", fraction);
        }
        return json.build();
    }

    private static MaxFeatures maxFeatures(JsonObject json) {
        String rule = string(json, "rule");
        return switch (rule) {
            case "sqrt" -> MaxFeatures.sqrt();
            case "log2" -> MaxFeatures.log2();
            case "all" -> MaxFeatures.all();
            case "count" -> MaxFeatures.count(intField(json, "count"));
            case "fraction" -> MaxFeatures.fraction(number(json, "fraction").doubleValue());
            default -> throw new IllegalArgumentException("unknown maxFeatures rule '" + rule
                    + "'; supported: sqrt, log2, all, count, fraction");
        };
    }

    private static SplitCriterion criterion(String name) {
        for (SplitCriterion criterion : SplitCriterion.values()) {
            if (criterion.name().equals(name)) {
                return criterion;
            }
        }
        throw new IllegalArgumentException("unknown criterion '" + name + "'; supported: GINI");
    }

    private static JsonValue member(JsonObject json, String name) {
        return json.find(name).orElseThrow(() -> new IllegalArgumentException("missing field '" + name + "'"));
    }

    private static IllegalArgumentException wrongKind(String name, String expected, JsonValue value) {
        return new IllegalArgumentException("field '" + name + "' must be " + expected + ", got " + value);
    }

    private static JsonObject object(JsonObject json, String name) {
        if (member(json, name) instanceof JsonObject object) {
            return object;
        }
        throw wrongKind(name, "an object", json.get(name));
    }

    private static String string(JsonObject json, String name) {
        if (member(json, name) instanceof JsonString string) {
            return string.value();
        }
        throw wrongKind(name, "a string", json.get(name));
    }

    private static boolean bool(JsonObject json, String name) {
        if (member(json, name) instanceof JsonBoolean bool) {
            return bool.asBoolean();
        }
        throw wrongKind(name, "true or false", json.get(name));
    }

    private static JsonNumber number(JsonObject json, String name) {
        if (member(json, name) instanceof JsonNumber number) {
            return number;
        }
        throw wrongKind(name, "a number", json.get(name));
    }

    private static long longField(JsonObject json, String name) {
        JsonNumber number = number(json, name);
        if (!number.isIntegral()) {
            throw wrongKind(name, "a whole number", number);
        }
        return number.longValueExact();
    }

    private static int intField(JsonObject json, String name) {
        long value = longField(json, name);
        if (value != (int) value) {
            throw wrongKind(name, "a 32-bit whole number", json.get(name));
        }
        return (int) value;
    }
}
