package dev.copse.cnn.sase;

/**
 * The configuration of a {@link SaseModule}.
 *
 * @param groups    channel groups {@code G} of the source map; each group gives one style vector and one
 *                  spatial mask; must divide the source's channels; {@code >= 1}
 * @param reduction the reduction {@code r}: both branches of a group work at a hidden width of
 *                  {@code max(1, (C_source / G) / r)}; {@code >= 1}
 * @param dilation  the dilation of the two 3x3 convolutions of the mask branch (padding equals the dilation,
 *                  so the spatial size is kept); {@code >= 1}
 * @param batchNorm whether the three hidden convolutions of the mask branch are followed by batch
 *                  normalisation (then they have no bias); the style branch never has batch norm, since
 *                  it sees one value per channel and sample
 */
public record SaseOptions(int groups, int reduction, int dilation, boolean batchNorm) {

    /** The defaults: 4 groups, reduction 4, dilation 2, no batch norm. */
    public static final SaseOptions DEFAULTS = new SaseOptions(4, 4, 2, false);

    /** @throws IllegalArgumentException naming the field that is out of range */
    public SaseOptions {
        positive("groups", groups);
        positive("reduction", reduction);
        positive("dilation", dilation);
    }

    /** The hidden width of one group's branches for a source of {@code sourceChannels} channels. */
    public int hiddenWidth(int sourceChannels) {
        return Math.max(1, sourceChannels / groups / reduction);
    }

    /** These options with {@code groups} groups. */
    public SaseOptions withGroups(int groups) {
        return new SaseOptions(groups, reduction, dilation, batchNorm);
    }

    /** These options with reduction {@code reduction}. */
    public SaseOptions withReduction(int reduction) {
        return new SaseOptions(groups, reduction, dilation, batchNorm);
    }

    /** These options with dilation {@code dilation}. */
    public SaseOptions withDilation(int dilation) {
        return new SaseOptions(groups, reduction, dilation, batchNorm);
    }

    /** These options with batch norm in the mask branch on or off. */
    public SaseOptions withBatchNorm(boolean batchNorm) {
        return new SaseOptions(groups, reduction, dilation, batchNorm);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("SaseOptions." + field + " must be >= 1, got " + value);
        }
    }
}
