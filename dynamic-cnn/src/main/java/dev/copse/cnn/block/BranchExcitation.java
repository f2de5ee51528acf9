package dev.copse.cnn.block;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;

/**
 * Makes the layer a {@link BasicBlock} applies to its residual branch after the second convolution and its
 * batch norm, before the shortcut is added: {@code block(x) = relu(E(F(x)) + S(x))}, the place of
 * squeeze-excitation in Hu et al.'s SE-ResNet (figure 3) and of the same-layer SASE module
 * ({@link dev.copse.cnn.sase}). The layer must keep the shape.
 */
@FunctionalInterface
public interface BranchExcitation {

    /** No excitation: the plain block. */
    BranchExcitation NONE = (name, shape, source) -> null;

    /**
     * The excitation layer of the block {@code blockName} over residual maps of {@code shape}, with its arrays
     * from {@code source}; {@code null} for none.
     */
    Layer create(String blockName, TensorShape shape, ParameterSource source);
}
