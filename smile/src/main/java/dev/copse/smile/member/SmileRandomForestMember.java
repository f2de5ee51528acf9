package dev.copse.smile.member;

import dev.copse.cascade.fold.FoldSeeds;
import dev.copse.cascade.member.FittedMember;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.TrainingRows;
import dev.copse.core.progress.ProgressListener;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;

/**
 * Smile's {@link RandomForest} as a cascade member ({@link MemberSpec}), for users who want Smile's forest in
 * a cascade level, e.g. beside Copse's own forests. Each fit trains on the member's rows (as doubles) with
 * {@code options}, except that every tree's seed is derived from the fit's seed
 * ({@code FoldSeeds.derive(seed, tree)}), so one cascade seed gives the same forests. Smile spreads the
 * trees over the common fork-join pool; the thread count is not Copse's to set.
 *
 * <p>Fitted members cannot be written into a Copse model file (Smile models are not stored there), and their
 * realised cost per input is not counted (Smile does not report the nodes a prediction visits); see
 * {@link FittedSmileForest}. Prefer Copse's own {@code RandomForestMember} when the cascade must be saved or
 * costed: it is also much faster and leaner on large data (see the issue that introduced it).
 *
 * @param options Smile's options; their seeds are replaced on every fit
 */
public record SmileRandomForestMember(RandomForest.Options options) implements MemberSpec {

    /** The name of the label column in the frames handed to Smile. */
    static final String LABEL = "copse_label";

    /** @throws IllegalArgumentException if the options are null */
    public SmileRandomForestMember {
        if (options == null) {
            throw new IllegalArgumentException("Smile random forest options must not be null");
        }
    }

    /** Smile's defaults with {@code trees} trees. */
    public static SmileRandomForestMember withTrees(int trees) {
        return new SmileRandomForestMember(new RandomForest.Options(trees));
    }

    @Override
    public String name() {
        return "Smile random forest (" + options.ntrees() + " trees)";
    }

    @Override
    public FittedMember fit(TrainingRows train, long seed, ProgressListener listener) {
        long[] seeds = new long[options.ntrees()];
        for (int t = 0; t < seeds.length; t++) {
            seeds[t] = FoldSeeds.derive(seed, t);
        }
        RandomForest.Options seeded = new RandomForest.Options(options.ntrees(), options.mtry(), options.rule(),
                options.maxDepth(), options.maxNodes(), options.nodeSize(), options.subsample(),
                options.classWeight(), seeds, null);
        DataFrame frame = FittedSmileForest.frame(train.features(), train.size(), train.numFeatures())
                .merge(new DataFrame(ValueVector.of(LABEL, train.labels())));
        RandomForest forest = RandomForest.fit(Formula.lhs(LABEL), frame, seeded);
        return new FittedSmileForest(forest, train.numFeatures(), train.numClasses());
    }
}
