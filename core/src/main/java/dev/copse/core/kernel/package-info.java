/**
 * The hot numeric kernels behind one seam: GEMM, im2col/col2im, row-wise softmax and reductions, each
 * with a portable implementation and, where it pays, a JDK Vector API one chosen once at start-up.
 */
package dev.copse.core.kernel;
