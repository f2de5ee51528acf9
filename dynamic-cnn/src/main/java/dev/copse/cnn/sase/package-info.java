/**
 * SASE, spatially-adaptive squeeze-excitation (METHODS.md section 7): {@link dev.copse.cnn.sase.SaseModule}
 * (a source map modulates a target map through per-group style vectors and spatial masks) configured by
 * {@link dev.copse.cnn.sase.SaseOptions}; {@link dev.copse.cnn.sase.SaseLayer}, the same-layer variant used
 * inside residual blocks; {@link dev.copse.cnn.sase.ChannelExcitation}, channel-only excitation of a target
 * by a source (the skip-layer baseline); and {@link dev.copse.cnn.sase.SqueezeExcitation}, classic
 * squeeze-excitation (its same-layer form), the recognition baseline.
 */
package dev.copse.cnn.sase;
