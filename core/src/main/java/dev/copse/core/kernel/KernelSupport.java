package dev.copse.core.kernel;

/**
 * The operations a kernel implementation provides. The public facades ({@link Gemm}, {@link Im2col},
 * {@link Softmax}, {@link Sigmoid}, {@link Blas1}) check every argument and then call the one instance
 * that {@link Kernels} selected, so implementations may assume valid arguments.
 *
 * <p>Implementations are stateless apart from per-thread scratch buffers, and safe for concurrent calls
 * that write disjoint outputs.
 */
interface KernelSupport {

    /** A short name for logs and benchmark reports. */
    String name();

    /** See {@link Gemm#sgemm}. */
    void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
               float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
               float beta, float[] c, int cOffset, int ldc);

    /** See {@link Im2col#im2col}. */
    void im2col(ConvGeometry geometry, float[] image, int imageOffset, float[] columns, int columnsOffset);

    /** See {@link Im2col#col2im}. */
    void col2im(ConvGeometry geometry, float[] columns, int columnsOffset, float[] image, int imageOffset);

    /** See {@link Softmax#rows}. */
    void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

    /** See {@link Softmax#logSumExpRows}. */
    void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset);

    /** See {@link Sigmoid#apply}. */
    void sigmoid(int length, float[] x, int xOffset, float[] out, int outOffset);

    /** See {@link Blas1#sum}. */
    double sum(int length, float[] x, int offset);

    /** See {@link Blas1#dot}. */
    double dot(int length, float[] x, int xOffset, float[] y, int yOffset);

    /** See {@link Blas1#axpy}. */
    void axpy(int length, float alpha, float[] x, int xOffset, float[] y, int yOffset);

    /** See {@link Blas1#max}. */
    float max(int length, float[] x, int offset);

    /** See {@link Elementwise#affine}. */
    void affine(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset);

    /** See {@link Elementwise#affineRelu}. */
    void affineRelu(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset);

    /** See {@link Elementwise#reluBackward}. */
    void reluBackward(int length, float[] dy, int dyOffset, float[] y, int yOffset, float[] g, int gOffset);

    /** See {@link Elementwise#combine}. */
    void combine(int length, float a, float[] g, int gOffset, float b, float[] x, int xOffset, float c,
                 float[] out, int outOffset);
}
