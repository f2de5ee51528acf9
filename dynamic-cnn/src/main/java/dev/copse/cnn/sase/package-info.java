/**
 * SASE, spatially-adaptive squeeze-excitation (METHODS.md section 7): {@link dev.copse.cnn.sase.SaseModule}
 * (a source map modulates a target map through per-group style vectors and spatial masks) configured by
 * {@link dev.copse.cnn.sase.SaseOptions}; {@link dev.copse.cnn.sase.SaseLayer}, the same-layer variant used
 * inside residual blocks; and {@link dev.copse.cnn.sase.SqueezeExcitation}, the classic channel-only
 * squeeze-excitation it is compared with.
 */
package dev.copse.cnn.sase;
