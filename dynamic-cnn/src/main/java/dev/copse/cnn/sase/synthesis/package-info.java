/**
 * Few-shot image synthesis with skip-layer excitation (METHODS.md section 7): a small 28x28
 * {@link dev.copse.cnn.sase.synthesis.Generator} whose 7x7 map excites its 28x28 map through SASE or the
 * channel-only baseline ({@link dev.copse.cnn.sase.synthesis.SkipExcitation}), a small
 * {@link dev.copse.cnn.sase.synthesis.Discriminator}, the {@link dev.copse.cnn.sase.synthesis.HingeLoss},
 * training with Adam ({@link dev.copse.cnn.sase.synthesis.FewShotGan}, {@link
 * dev.copse.cnn.sase.synthesis.GanOptions}) and the evaluation,
 * {@link dev.copse.cnn.sase.synthesis.FrechetDistance} on a Copse classifier's penultimate features.
 */
package dev.copse.cnn.sase.synthesis;
