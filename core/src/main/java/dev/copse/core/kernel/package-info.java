/**
 * The hot numeric kernels behind one seam: GEMM ({@link dev.copse.core.kernel.Gemm}), im2col/col2im
 * ({@link dev.copse.core.kernel.Im2col}, with the fast path {@link dev.copse.core.kernel.ShiftLowering} for
 * "same" convolutions), row-wise softmax and log-sum-exp
 * ({@link dev.copse.core.kernel.Softmax}), sigmoid ({@link dev.copse.core.kernel.Sigmoid}) and
 * level-1 operations ({@link dev.copse.core.kernel.Blas1}).
 *
 * <p>Each facade checks its arguments and calls the implementation that
 * {@link dev.copse.core.kernel.Kernels} chose once at start-up: a portable plain-Java one, or one on the
 * JDK Vector API (which needs {@code --add-modules=jdk.incubator.vector}; see {@code Kernels}). The
 * fast implementation is tested against the portable one, and both against independent references.
 */
package dev.copse.core.kernel;
