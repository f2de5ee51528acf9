/**
 * Fake quantization for bitwidth-per-call execution (METHODS.md section 5): the uniform asymmetric
 * min–max grid with an exact zero ({@link dev.copse.cnn.quant.UniformQuantizer}, round half to even),
 * per-tensor weight quantization ({@link dev.copse.cnn.quant.WeightQuantizer}) and activation quantization
 * with a running range ({@link dev.copse.cnn.quant.ActivationQuantizer}), both with straight-through
 * gradients. 32 bits means full precision: no quantization at all.
 */
package dev.copse.cnn.quant;
