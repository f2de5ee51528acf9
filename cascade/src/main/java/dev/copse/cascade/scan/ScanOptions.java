package dev.copse.cascade.scan;

import dev.copse.cascade.member.CompletelyRandomForestMember;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.member.RandomForestMember;
import dev.copse.forest.hard.CompletelyRandomForest;
import dev.copse.forest.hard.RandomForest;
import java.util.List;

/**
 * Configuration of gcForest's multi-grained scanning (Zhou and Feng, <i>Deep Forest</i>, IJCAI 2017).
 *
 * @param windowSizes          sides of the square windows, one scanning stage each, each {@code >= 1}
 * @param stride               step between window positions, {@code >= 1}
 * @param pooling              how the class vectors of neighbouring positions are pooled
 * @param members              the members trained for every window size
 * @param maxTrainingInstances the window instances a scanning member trains on are drawn per image:
 *                             {@code q = clamp(floor(maxTrainingInstances / images), 1, positions)} distinct
 *                             positions of every training image (seeded), so a member sees at most
 *                             {@code max(maxTrainingInstances, images)} instances; {@code >= 1}
 * @param imagesPerBlock       images whose window instances are materialised together when predicting,
 *                             {@code >= 1}; bounds that memory to {@code imagesPerBlock * positions *
 *                             windowValues} floats
 */
public record ScanOptions(List<Integer> windowSizes, int stride, Pooling pooling, List<MemberSpec> members,
                          int maxTrainingInstances, int imagesPerBlock) {

    /** Default {@link #maxTrainingInstances()}: 100,000 window instances per scanning member. */
    public static final int DEFAULT_MAX_TRAINING_INSTANCES = 100_000;
    /** Default {@link #imagesPerBlock()}. */
    public static final int DEFAULT_IMAGES_PER_BLOCK = 256;

    /** @throws IllegalArgumentException naming the first field out of range */
    public ScanOptions {
        if (windowSizes == null || windowSizes.isEmpty()) {
            throw new IllegalArgumentException("scanning needs at least one window size");
        }
        windowSizes = List.copyOf(windowSizes);
        for (int size : windowSizes) {
            if (size < 1) {
                throw new IllegalArgumentException("window sizes must be >= 1, got " + size);
            }
        }
        if (stride < 1) {
            throw new IllegalArgumentException("scanning stride must be >= 1, got " + stride);
        }
        if (pooling == null) {
            throw new IllegalArgumentException("scanning pooling must not be null (use Pooling.none())");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("scanning needs at least one member per window size");
        }
        members = List.copyOf(members);
        if (maxTrainingInstances < 1) {
            throw new IllegalArgumentException("maxTrainingInstances must be >= 1, got " + maxTrainingInstances);
        }
        if (imagesPerBlock < 1) {
            throw new IllegalArgumentException("imagesPerBlock must be >= 1, got " + imagesPerBlock);
        }
    }

    /**
     * gcForest's scanning members for each window size: one random forest and one completely-random forest
     * of {@code trees} trees, each leaf holding at least 10 instances <b>(Copse)</b> — window instances are
     * many and alike, and fully grown trees on them would be large for little gain. No pooling,
     * {@value #DEFAULT_MAX_TRAINING_INSTANCES} training instances, {@value #DEFAULT_IMAGES_PER_BLOCK} images
     * per block.
     *
     * @param threads most threads of each forest, {@code >= 1}
     */
    public static ScanOptions gcforest(List<Integer> windowSizes, int stride, int trees, int threads) {
        MemberSpec random = new RandomForestMember(RandomForest.Options.defaults().withTrees(trees)
                .withMinSamplesLeaf(10).withThreads(threads));
        MemberSpec completelyRandom = new CompletelyRandomForestMember(CompletelyRandomForest.Options.defaults()
                .withTrees(trees).withMinSamplesLeaf(10).withThreads(threads));
        return new ScanOptions(windowSizes, stride, Pooling.none(), List.of(random, completelyRandom),
                DEFAULT_MAX_TRAINING_INSTANCES, DEFAULT_IMAGES_PER_BLOCK);
    }

    public ScanOptions withPooling(Pooling value) {
        return new ScanOptions(windowSizes, stride, value, members, maxTrainingInstances, imagesPerBlock);
    }

    public ScanOptions withMembers(List<MemberSpec> value) {
        return new ScanOptions(windowSizes, stride, pooling, value, maxTrainingInstances, imagesPerBlock);
    }

    public ScanOptions withMaxTrainingInstances(int value) {
        return new ScanOptions(windowSizes, stride, pooling, members, value, imagesPerBlock);
    }

    public ScanOptions withImagesPerBlock(int value) {
        return new ScanOptions(windowSizes, stride, pooling, members, maxTrainingInstances, value);
    }
}
