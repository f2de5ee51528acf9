/**
 * gcForest's multi-grained scanning (Zhou and Feng, <i>Deep Forest</i>, IJCAI 2017): square windows slide
 * over an image ({@link dev.copse.cascade.scan.WindowGeometry}), every window position is an instance for
 * the scanning members, and the (optionally pooled, {@link dev.copse.cascade.scan.Pooling}) class vectors of
 * all positions become the cascade's base features ({@link dev.copse.cascade.scan.MultiGrainedScanner}).
 * Training ({@link dev.copse.cascade.scan.ScanTraining}) is out of fold over images and samples a bounded
 * number of window instances; prediction streams images in blocks, so window instances of a whole dataset
 * are never materialised at once.
 */
package dev.copse.cascade.scan;
