/**
 * Dynamic CNNs: layers with forward and backward passes, ResNet- and DenseNet-style backbones,
 * quantizers, gates, and the three dynamic methods DFS (fractional skipping), DDI (dual dynamic
 * inference) and SASE (spatially-adaptive squeeze-excitation). Depends on {@code efficiency} and
 * {@code core} only; never on the forest modules.
 */
package dev.copse.cnn;
