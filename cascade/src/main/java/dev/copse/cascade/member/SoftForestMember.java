package dev.copse.cascade.member;

import dev.copse.core.progress.ProgressListener;
import dev.copse.forest.soft.InferenceMode;
import dev.copse.forest.soft.InputScaling;
import dev.copse.forest.soft.Options;
import dev.copse.forest.soft.SoftForest;

/**
 * A soft-routing forest ({@link SoftForest}, METHODS.md section 1) as a cascade member: trained with the
 * forest's public {@code fit} on the member's rows, standardised by a scaling fitted on those rows and
 * attached to the forest, so the member takes the level's raw input rows.
 *
 * <p>The scaling is {@link BlockScaling}'s, computed on the member's own training rows (a fold's, for the
 * out-of-fold fits).
 *
 * @param options the forest's options; their seed is replaced by the seed of each fit
 * @param mode    how the fitted member answers (soft is the mixture the forest was trained as)
 */
public record SoftForestMember(Options options, InferenceMode mode) implements MemberSpec {

    /** @throws IllegalArgumentException if an argument is null */
    public SoftForestMember {
        if (options == null || mode == null) {
            throw new IllegalArgumentException("soft forest member options and inference mode must not be null");
        }
    }

    /** The member answering in soft mode. */
    public SoftForestMember(Options options) {
        this(options, InferenceMode.SOFT);
    }

    @Override
    public String name() {
        return "soft forest (" + options.trees() + " trees, depth " + options.maxDepth() + ")";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        float[] raw = train.features();
        InputScaling scaling = BlockScaling.fit(raw, train.size(), train.blocks());
        SoftForest forest = SoftForest.fit(scaling.apply(raw), train.labels(), train.numFeatures(),
                train.numClasses(), options.withSeed(seed), listener);
        return new FittedSoftForest(forest.withInputScaling(scaling), mode);
    }
}
