package dev.copse.core.kernel;

/**
 * The plain-Java kernels: run on any JVM, and are the reference the fast ones are tested against.
 *
 * <p>Accuracy: sums, dot products and softmax normalisers accumulate in double; exponentials are
 * evaluated in double and rounded once to float.
 *
 * <p>Thread-safety: stateless apart from {@link PortableGemm}'s per-thread buffers.
 */
class PortableKernels implements KernelSupport {

    private final ConvLowering lowering;

    PortableKernels() {
        this(new ConvLowering());
    }

    /** For subclasses that replace the lowering's inner step. */
    PortableKernels(ConvLowering lowering) {
        this.lowering = lowering;
    }

    @Override
    public String name() {
        return "portable";
    }

    @Override
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        PortableGemm.sgemm(transA, transB, m, n, k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
    }

    @Override
    public final void im2col(ConvGeometry geometry, float[] image, int imageOffset, float[] columns,
                             int columnsOffset) {
        lowering.im2col(geometry, image, imageOffset, columns, columnsOffset);
    }

    @Override
    public final void col2im(ConvGeometry geometry, float[] columns, int columnsOffset, float[] image,
                             int imageOffset) {
        lowering.col2im(geometry, columns, columnsOffset, image, imageOffset);
    }

    @Override
    public void softmaxRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int in = xOffset + r * cols;
            int o = outOffset + r * cols;
            float max = max(cols, x, in);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp((double) x[in + j] - max);
                out[o + j] = (float) e;
                sum += e;
            }
            double scale = 1.0 / sum;
            for (int j = 0; j < cols; j++) {
                out[o + j] = (float) (out[o + j] * scale);
            }
        }
    }

    @Override
    public void logSumExpRows(int rows, int cols, float[] x, int xOffset, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int in = xOffset + r * cols;
            float max = max(cols, x, in);
            if (Float.isInfinite(max) || Float.isNaN(max)) {
                out[outOffset + r] = max;
                continue;
            }
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                sum += Math.exp((double) x[in + j] - max);
            }
            out[outOffset + r] = (float) (max + Math.log(sum));
        }
    }

    @Override
    public void sigmoid(int length, float[] x, int xOffset, float[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            double v = x[xOffset + i];
            // exp of a non-positive argument only: no overflow for large |x|.
            double e = Math.exp(-Math.abs(v));
            out[outOffset + i] = (float) (v >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e));
        }
    }

    @Override
    public double sum(int length, float[] x, int offset) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[offset + i];
        }
        return sum;
    }

    @Override
    public double dot(int length, float[] x, int xOffset, float[] y, int yOffset) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (double) x[xOffset + i] * y[yOffset + i];
        }
        return sum;
    }

    @Override
    public void axpy(int length, float alpha, float[] x, int xOffset, float[] y, int yOffset) {
        for (int i = 0; i < length; i++) {
            y[yOffset + i] += alpha * x[xOffset + i];
        }
    }

    @Override
    public float max(int length, float[] x, int offset) {
        float max = x[offset];
        for (int i = 1; i < length; i++) {
            max = Math.max(max, x[offset + i]);
        }
        return max;
    }

    @Override
    public void affine(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        for (int i = 0; i < length; i++) {
            y[yOffset + i] = Math.fma(a, x[xOffset + i], b);
        }
    }

    @Override
    public void affineRelu(int length, float a, float[] x, int xOffset, float b, float[] y, int yOffset) {
        for (int i = 0; i < length; i++) {
            y[yOffset + i] = Math.max(Math.fma(a, x[xOffset + i], b), 0f);
        }
    }

    @Override
    public void reluBackward(int length, float[] dy, int dyOffset, float[] y, int yOffset, float[] g, int gOffset) {
        for (int i = 0; i < length; i++) {
            g[gOffset + i] = y[yOffset + i] > 0f ? dy[dyOffset + i] : 0f;
        }
    }

    @Override
    public void combine(int length, float a, float[] g, int gOffset, float b, float[] x, int xOffset, float c,
                        float[] out, int outOffset) {
        for (int i = 0; i < length; i++) {
            out[outOffset + i] = Math.fma(a, g[gOffset + i], Math.fma(b, x[xOffset + i], c));
        }
    }
}
