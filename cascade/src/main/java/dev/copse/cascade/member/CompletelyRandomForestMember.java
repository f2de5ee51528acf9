package dev.copse.cascade.member;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.hard.CompletelyRandomForest;

/**
 * A completely-random forest ({@link CompletelyRandomForest}) as a cascade member, trained on the level's
 * shared bins ({@link TrainingRows#binned} with the options' binning).
 *
 * @param options the forest's options; their seed is replaced by the seed of each fit
 */
public record CompletelyRandomForestMember(CompletelyRandomForest.Options options) implements MemberSpec {

    /** @throws IllegalArgumentException if the options are null */
    public CompletelyRandomForestMember {
        if (options == null) {
            throw new IllegalArgumentException("completely-random forest member options must not be null");
        }
    }

    @Override
    public String name() {
        return "completely-random forest (" + options.trees() + " trees)";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        return new HardForestMember(CompletelyRandomForest.fit(train.binned(options.binning()), train.labels(),
                train.numClasses(), options.withSeed(seed), listener));
    }
}
