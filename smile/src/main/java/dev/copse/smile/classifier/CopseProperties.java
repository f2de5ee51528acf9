package dev.copse.smile.classifier;

import dev.copse.cascade.grow.CascadeOptions;
import dev.copse.cascade.grow.CascadePresets;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.Options;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The {@link Properties} keys {@link CopseTrainer} reads. Every key starts with {@code copse.}; a key with
 * that prefix that is not listed here, or a value that does not parse or is out of range, is an
 * {@link IllegalArgumentException} naming the key, so a typo is never ignored. Keys not given keep the
 * defaults ({@link Options#defaults()}, {@link CascadePresets}).
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>meaning</th></tr>
 *   <tr><td>{@value #TREES}</td><td>trees per soft forest</td></tr>
 *   <tr><td>{@value #MAX_DEPTH}</td><td>depth of the soft trees</td></tr>
 *   <tr><td>{@value #EPOCHS}</td><td>training epochs of a soft forest</td></tr>
 *   <tr><td>{@value #LEARNING_RATE}</td><td>Adam step size of a soft forest</td></tr>
 *   <tr><td>{@value #BATCH_SIZE}</td><td>rows per step of a soft forest</td></tr>
 *   <tr><td>{@value #INFERENCE}</td><td>a soft forest's inference mode: soft, hard or pruned-soft</td></tr>
 *   <tr><td>{@value #PRESET}</td><td>the cascade's preset: gcforest (default) or copse</td></tr>
 *   <tr><td>{@value #CASCADE_TREES}</td><td>trees per forest of the gcforest preset</td></tr>
 *   <tr><td>{@value #MAX_LEVELS}</td><td>most levels a cascade grows</td></tr>
 *   <tr><td>{@value #FOLDS}</td><td>folds of a cascade's out-of-fold class vectors</td></tr>
 *   <tr><td>{@value #SEED}</td><td>the one seed of a fit</td></tr>
 *   <tr><td>{@value #THREADS}</td><td>threads (default: every available processor)</td></tr>
 * </table>
 */
public final class CopseProperties {

    public static final String TREES = "copse.soft_forest.trees";
    public static final String MAX_DEPTH = "copse.soft_forest.max_depth";
    public static final String EPOCHS = "copse.soft_forest.epochs";
    public static final String LEARNING_RATE = "copse.soft_forest.learning_rate";
    public static final String BATCH_SIZE = "copse.soft_forest.batch_size";
    public static final String INFERENCE = "copse.soft_forest.inference";
    public static final String PRESET = "copse.cascade.preset";
    public static final String CASCADE_TREES = "copse.cascade.trees";
    public static final String MAX_LEVELS = "copse.cascade.max_levels";
    public static final String FOLDS = "copse.cascade.folds";
    public static final String SEED = "copse.seed";
    public static final String THREADS = "copse.threads";

    private static final Set<String> KNOWN = Set.of(TREES, MAX_DEPTH, EPOCHS, LEARNING_RATE, BATCH_SIZE, INFERENCE,
            PRESET, CASCADE_TREES, MAX_LEVELS, FOLDS, SEED, THREADS);

    private final Properties properties;

    private CopseProperties(Properties properties) {
        this.properties = properties;
    }

    /**
     * Checks the {@code copse.} keys of {@code properties} (others are left to whoever reads them).
     *
     * @throws IllegalArgumentException naming an unknown {@code copse.} key and the known ones
     */
    public static CopseProperties of(Properties properties) {
        Properties given = properties == null ? new Properties() : properties;
        for (String key : given.stringPropertyNames()) {
            if (key.startsWith("copse.") && !KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown property '" + key + "'; known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()));
            }
        }
        return new CopseProperties(given);
    }

    /** The soft forest's options: {@link Options#defaults()} with the soft-forest keys, seed and threads. */
    public Options softForest() {
        Options options = Options.defaults().withThreads(threads());
        if (has(TREES)) {
            options = options.withTrees(integer(TREES));
        }
        if (has(MAX_DEPTH)) {
            options = options.withMaxDepth(integer(MAX_DEPTH));
        }
        if (has(EPOCHS)) {
            options = options.withEpochs(integer(EPOCHS));
        }
        if (has(LEARNING_RATE)) {
            options = options.withLearningRate((float) number(LEARNING_RATE));
        }
        if (has(BATCH_SIZE)) {
            options = options.withBatchSize(integer(BATCH_SIZE));
        }
        if (has(SEED)) {
            options = options.withSeed(longValue(SEED));
        }
        return options;
    }

    /** The soft forest's inference mode ({@value #INFERENCE}; default soft). */
    public InferenceMode inference() {
        if (!has(INFERENCE)) {
            return InferenceMode.SOFT;
        }
        String value = text(INFERENCE);
        for (InferenceMode mode : InferenceMode.values()) {
            if (mode.label().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(INFERENCE + " is '" + value + "'; known: soft, hard, pruned-soft");
    }

    /** The cascade's options: the preset with the cascade keys, seed and threads. */
    public CascadeOptions cascade() {
        String preset = has(PRESET) ? text(PRESET).toLowerCase(Locale.ROOT) : "gcforest";
        CascadeOptions options = switch (preset) {
            case "gcforest" -> CascadePresets.gcforest(has(CASCADE_TREES) ? integer(CASCADE_TREES)
                    : CascadePresets.GCFOREST_TREES, threads());
            case "copse" -> CascadePresets.copse(softForest(), threads());
            default -> throw new IllegalArgumentException(PRESET + " is '" + preset + "'; known: gcforest, copse");
        };
        if (has(MAX_LEVELS)) {
            options = options.withMaxLevels(integer(MAX_LEVELS));
        }
        if (has(FOLDS)) {
            options = options.withFolds(integer(FOLDS));
        }
        if (has(SEED)) {
            options = options.withSeed(longValue(SEED));
        }
        return options;
    }

    private int threads() {
        return has(THREADS) ? integer(THREADS) : Runtime.getRuntime().availableProcessors();
    }

    private boolean has(String key) {
        return properties.getProperty(key) != null;
    }

    private String text(String key) {
        return properties.getProperty(key).trim();
    }

    private int integer(String key) {
        try {
            return Integer.parseInt(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + text(key) + "'");
        }
    }

    private long longValue(String key) {
        try {
            return Long.parseLong(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be an integer, got '" + text(key) + "'");
        }
    }

    private double number(String key) {
        try {
            return Double.parseDouble(text(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + text(key) + "'");
        }
    }
}
