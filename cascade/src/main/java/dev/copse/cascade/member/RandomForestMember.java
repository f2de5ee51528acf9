package dev.copse.cascade.member;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.RandomForest;

/**
 * A random forest ({@link RandomForest}) as a cascade member, trained on the level's shared bins
 * ({@link TrainingRows#binned} with the options' binning).
 *
 * @param options the forest's options; their seed is replaced by the seed of each fit
 */
public record RandomForestMember(RandomForest.Options options) implements MemberSpec {

    /** @throws IllegalArgumentException if the options are null */
    public RandomForestMember {
        if (options == null) {
            throw new IllegalArgumentException("random forest member options must not be null");
        }
    }

    @Override
    public String name() {
        return "random forest (" + options.trees() + " trees)";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        return new HardForestMember(RandomForest.fit(train.binned(options.binning()), train.labels(),
                train.numClasses(), options.withSeed(seed), listener));
    }
}
