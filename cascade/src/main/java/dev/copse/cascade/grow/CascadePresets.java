package dev.copse.cascade.grow;

import dev.copse.cascade.connect.LearnedConnectivity;
import dev.copse.cascade.member.CompletelyRandomForestMember;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.RandomForestMember;
import dev.copse.cascade.member.SoftForestMember;
import dev.copse.forest.hard.CompletelyRandomForest;
import dev.copse.forest.hard.RandomForest;
import dev.copse.forest.soft.Options;
import java.util.Collections;
import java.util.List;

/**
 * Ready-made cascade configurations. Stateless.
 */
public final class CascadePresets {

    /** Trees per forest in the {@link #gcforest()} preset. */
    public static final int GCFOREST_TREES = 100;
    /** Soft forests per level in the {@link #copse()} preset. */
    public static final int COPSE_MEMBERS = 2;

    private CascadePresets() {
    }

    /** {@link #gcforest(int, int)} with 100 trees per forest and one thread per available processor. */
    public static CascadeOptions gcforest() {
        return gcforest(GCFOREST_TREES, Runtime.getRuntime().availableProcessors());
    }

    /**
     * gcForest's reference cascade (Zhou and Feng, 2017; METHODS.md section 2): every level has two random
     * forests and two completely-random forests of {@code trees} trees each, with the forests' defaults (fully
     * grown trees; {@code sqrt(d)} features per split and bootstrap for the random forests, one random feature
     * and threshold per node and no bootstrap for the completely-random ones), 3-fold class vectors,
     * {@link dev.copse.cascade.connect.Connectivity#PREVIOUS previous} connectivity, and the other
     * {@link CascadeOptions#of defaults}. All four forests use the default binning, so each level's input is
     * binned once and every member and fold takes its rows from those bins.
     *
     * @param trees   trees per forest, {@code >= 1} (fewer than 100 for quick runs)
     * @param threads most threads per forest and for binning, {@code >= 1}
     */
    public static CascadeOptions gcforest(int trees, int threads) {
        RandomForest.Options random = RandomForest.Options.defaults().withTrees(trees).withThreads(threads);
        CompletelyRandomForest.Options completelyRandom = CompletelyRandomForest.Options.defaults().withTrees(trees)
                .withThreads(threads);
        List<MemberSpec> members = List.of(new RandomForestMember(random), new RandomForestMember(random),
                new CompletelyRandomForestMember(completelyRandom),
                new CompletelyRandomForestMember(completelyRandom));
        return CascadeOptions.of(members).withThreads(threads);
    }

    /** {@link #copse(Options, int)} with the soft forest's defaults on every available processor. */
    public static CascadeOptions copse() {
        int threads = Runtime.getRuntime().availableProcessors();
        return copse(Options.defaults().withThreads(threads), threads);
    }

    /**
     * <b>(Copse)</b> Copse's cascade (METHODS.md section 2): every level has {@value #COPSE_MEMBERS} soft forests
     * with {@code forest} options (each fit with its own derived seed, so they differ in initialisation and
     * shuffling), 3-fold class vectors, {@link LearnedConnectivity#defaults() learned connectivity} (every
     * earlier block is a candidate; blocks whose gate ends below the threshold are cut) and the other
     * {@link CascadeOptions#of defaults}. Two members rather than gcForest's four: a soft forest of 15 trees
     * is already a strong classifier on its own, and each member costs {@code k + 1} trainings per level.
     *
     * @param forest  the soft forests' options (e.g. fewer trees or epochs for quick runs)
     * @param threads most threads for binning and the gates' bookkeeping, {@code >= 1}
     */
    public static CascadeOptions copse(Options forest, int threads) {
        SoftForestMember member = new SoftForestMember(forest);
        List<MemberSpec> members = Collections.nCopies(COPSE_MEMBERS, member);
        return CascadeOptions.of(members).withConnectivity(LearnedConnectivity.defaults()).withThreads(threads);
    }
}
