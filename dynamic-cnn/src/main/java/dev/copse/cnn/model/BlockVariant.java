package dev.copse.cnn.model;

import dev.copse.cnn.block.BranchExcitation;
import dev.copse.cnn.sase.SaseLayer;
import dev.copse.cnn.sase.SaseOptions;
import dev.copse.cnn.sase.SqueezeExcitation;

/**
 * What a {@link ResNet}'s residual blocks add to their residual branch after the second convolution and its
 * batch norm (see {@link BranchExcitation}): nothing, classic squeeze-excitation, or same-layer SASE. The
 * variant is part of the architecture and is stored in model files as {@code block_variant}.
 */
public enum BlockVariant {
    /** The plain basic block. */
    PLAIN(BranchExcitation.NONE),
    /**
     * Squeeze-excitation with reduction {@value #SE_REDUCTION} ({@link SqueezeExcitation}), parameters
     * {@code <block>.se.*}.
     */
    SE((name, shape, source) -> new SqueezeExcitation(name + ".se", shape, BlockVariant.SE_REDUCTION, source)),
    /** Same-layer SASE with {@link SaseOptions#DEFAULTS} ({@link SaseLayer}), parameters {@code <block>.sase.*}. */
    SASE((name, shape, source) -> new SaseLayer(name + ".sase", shape, SaseOptions.DEFAULTS, source));

    /** The reduction ratio of the {@link #SE} variant. */
    public static final int SE_REDUCTION = 4;

    private final BranchExcitation excitation;

    BlockVariant(BranchExcitation excitation) {
        this.excitation = excitation;
    }

    /** What the blocks of this variant apply to their residual branch. */
    public BranchExcitation excitation() {
        return excitation;
    }

    /**
     * The variant called {@code name}, case-insensitively ({@code plain}, {@code se}, {@code sase}).
     *
     * @throws IllegalArgumentException naming the supported variants
     */
    public static BlockVariant parse(String name) {
        for (BlockVariant v : values()) {
            if (v.name().equalsIgnoreCase(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown block variant '" + name + "'; supported: plain, se, sase");
    }
}
