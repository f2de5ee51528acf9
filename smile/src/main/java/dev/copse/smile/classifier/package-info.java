/**
 * Copse models as Smile classifiers: {@link dev.copse.smile.classifier.CopseClassifier} wraps any trained
 * Copse classifier (soft forest, cascade, hard forest) as Smile's {@code Classifier<double[]>} with
 * posteriors, and {@link dev.copse.smile.classifier.CopseTrainer} trains one from Smile's
 * {@code (double[][], int[], Properties)} with the keys {@link dev.copse.smile.classifier.CopseProperties}
 * documents, so Smile's {@code CrossValidation} and metrics work unchanged.
 */
package dev.copse.smile.classifier;
