/**
 * Layers with forward and backward passes over batches of NCHW float buffers: {@link
 * dev.copse.cnn.layer.Conv2d} (stride, padding, dilation, groups; optional fake quantization per call),
 * {@link dev.copse.cnn.layer.Linear}, {@link dev.copse.cnn.layer.BatchNorm2d} and {@link
 * dev.copse.cnn.layer.BatchNorm1d}, the activations, pooling, upsampling, an {@link
 * dev.copse.cnn.layer.LstmCell}, {@link dev.copse.cnn.layer.Sequential} composition and the {@link
 * dev.copse.cnn.layer.CrossEntropyLoss}.
 *
 * <p><b>Parameters and gradients.</b> Every trainable array is a {@link dev.copse.cnn.layer.Parameter}: a
 * flat float buffer with a matching gradient buffer, which a core optimizer updates directly. Running
 * estimates (batch-norm statistics, quantizer ranges) are {@link dev.copse.cnn.layer.RunningState}s. Both
 * come from a {@link dev.copse.cnn.layer.ParameterSource}, which either initialises them (He normal, seeded
 * per array) or hands over a trained model's arrays.
 *
 * <p><b>Buffers.</b> A layer owns its output and input-gradient buffers and reuses them, so a training step
 * allocates nothing once the largest batch has been seen; {@link dev.copse.cnn.layer.Layer#replica()} gives
 * a second set of buffers over the same weights. Work is split over threads in fixed chunks of samples
 * ({@link dev.copse.cnn.layer.BatchParallel}), so results do not depend on the thread count.
 */
package dev.copse.cnn.layer;
