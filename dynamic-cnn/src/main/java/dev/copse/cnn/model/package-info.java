/**
 * Backbones and trained models: {@link dev.copse.cnn.model.ResNetSpec} (ResNet-(6n+2) with configurable
 * widths and input shape) and {@link dev.copse.cnn.model.DenseNetSpec} describe a structure; the
 * {@link dev.copse.cnn.model.Network}s built from them ({@link dev.copse.cnn.model.ResNet},
 * {@link dev.copse.cnn.model.DenseNet}) are the mutable, trainable form; {@link dev.copse.cnn.model.ResNetModel}
 * and {@link dev.copse.cnn.model.DenseNetModel} are the immutable trained models that predict, report their
 * cost and save themselves as Copse model files. A ResNet's {@link dev.copse.cnn.model.BlockVariant} says
 * what its blocks add to their residual branch: nothing, squeeze-excitation or SASE.
 */
package dev.copse.cnn.model;
