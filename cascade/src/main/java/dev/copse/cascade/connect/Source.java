package dev.copse.cascade.connect;

/**
 * One block of a level's input: the cascade's base features (the original features, or the multi-grained
 * scanner's output) or the class vectors of one earlier level (all its members' vectors, member by member).
 *
 * @param level {@link #FEATURES} for the base features, else the 0-based index of the earlier level
 */
public record Source(int level) {

    /** The {@link #level} value that stands for the base features. */
    public static final int FEATURES = -1;

    /** @throws IllegalArgumentException if {@code level < -1} */
    public Source {
        if (level < FEATURES) {
            throw new IllegalArgumentException("source level must be >= 0 or FEATURES (-1), got " + level);
        }
    }

    /** The base features. */
    public static Source features() {
        return new Source(FEATURES);
    }

    /** The class vectors of level {@code level} (0-based). */
    public static Source level(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("a level source needs a level >= 0, got " + level);
        }
        return new Source(level);
    }

    /** True for the base features. */
    public boolean isFeatures() {
        return level == FEATURES;
    }

    @Override
    public String toString() {
        return isFeatures() ? "features" : "level " + level;
    }
}
