package dev.copse.cascade.member;

import dev.copse.core.progress.ProgressListener;

/**
 * What a cascade level (or a multi-grained scanner) is made of: a recipe that trains one member on a set of
 * rows. A level holds a list of specifications; for each fold and for the level's final model the cascade
 * calls {@link #fit} with that fold's rows and its own seed.
 *
 * <p>Adding a model type to the cascade means writing one specification (usually a record around the model's
 * options) and one {@link FittedMember}. Implementations must be immutable and safe to call from several
 * threads at once; {@code fit} must be deterministic for a given seed and input.
 */
public interface MemberSpec {

    /** A short human-readable name for reports and progress, e.g. {@code "random forest (100 trees)"}. */
    String name();

    /**
     * Trains a member on {@code train}.
     *
     * @param train    the rows to train on; the member must not assume anything about rows not in it
     * @param seed     the seed of this fit, replacing any seed in the specification's own options (the
     *                 cascade gives every level, member and fold its own)
     * @param listener receives the model's own progress
     * @return a fitted member over {@code train.numFeatures()} features and {@code train.numClasses()} classes
     * @throws IllegalArgumentException if the specification does not fit the data
     */
    FittedMember fit(TrainingRows train, long seed, ProgressListener listener);
}
