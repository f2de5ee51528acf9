/**
 * Image synthesis with skip-layer SASE (METHODS.md section 7): so far only the evaluation,
 * {@link dev.copse.cnn.sase.synthesis.FrechetDistance} on a Copse classifier's penultimate features. The
 * few-shot generator and its training are not written yet (see docs/SASE.md).
 */
package dev.copse.cnn.sase.synthesis;
