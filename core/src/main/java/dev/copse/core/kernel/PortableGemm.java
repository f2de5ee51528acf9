package dev.copse.core.kernel;

import java.util.Arrays;

/**
 * Plain-Java GEMM: cache-blocked, single-threaded, with inner loops that HotSpot turns into SIMD code.
 *
 * <p>Blocks of {@code op(B)} ({@value #KC} x {@value #NC}) are copied into per-thread row arrays, which
 * undoes {@code transB} and keeps the block (1 MiB) in the L2 cache while the rows of {@code A} stream
 * past it. Four rows of {@code C} at a time are copied into accumulator arrays and updated with
 * {@code acc_r[j] += alpha * A[i + r, p] * Bblock[p][j]}. Every array in that loop is indexed by the same
 * {@code j} from 0: HotSpot (up to JDK 25 at least) vectorises such a loop, but not one that reads and
 * writes two possibly-identical arrays at different offsets, which is why this does not work in place on
 * {@code C} (and why it beats EJML's {@code CommonOps_FDRM.mult}, which does). Each element of
 * {@code C} is accumulated in float, in increasing {@code p} order.
 *
 * <p>Thread-safety: stateless apart from the per-thread work arrays; concurrent calls on disjoint outputs
 * are safe.
 */
final class PortableGemm {

    /** Depth of a B block: rows of op(B) packed at once. */
    static final int KC = 256;
    /** Width of a B block: columns of op(B) packed at once. */
    static final int NC = 1024;
    /** Rows of C updated together, so each loaded element of B serves four rows. */
    private static final int ROWS = 4;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private PortableGemm() {
    }

    /** Per-thread work arrays, allocated once per thread. */
    private static final class Workspace {
        final float[][] bBlock = new float[KC][NC];
        final float[][] acc = new float[ROWS][NC];
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C}; arguments already checked by {@link GemmArguments}. */
    static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                      float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                      float beta, float[] c, int cOffset, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        scale(m, n, beta, c, cOffset, ldc);
        if (k == 0 || alpha == 0f) {
            return;
        }
        Workspace ws = WORKSPACE.get();
        // Element (i, p) of op(A) is a[aOffset + i * aRowStride + p * aColStride].
        int aRowStride = transA ? 1 : lda;
        int aColStride = transA ? lda : 1;
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(transB, b, bOffset, ldb, pc, kc, jc, nc, ws.bBlock);
                int aBlock = aOffset + pc * aColStride;
                int i = 0;
                for (; i + ROWS <= m; i += ROWS) {
                    fourRows(ws, kc, nc, alpha, a, aBlock + i * aRowStride, aRowStride, aColStride,
                            c, cOffset + i * ldc + jc, ldc);
                }
                for (; i < m; i++) {
                    oneRow(ws, kc, nc, alpha, a, aBlock + i * aRowStride, aColStride, c, cOffset + i * ldc + jc);
                }
            }
        }
    }

    private static void fourRows(Workspace ws, int kc, int nc, float alpha, float[] a, int aRow, int aRowStride,
                                 int aColStride, float[] c, int cRow, int ldc) {
        float[] acc0 = ws.acc[0];
        float[] acc1 = ws.acc[1];
        float[] acc2 = ws.acc[2];
        float[] acc3 = ws.acc[3];
        System.arraycopy(c, cRow, acc0, 0, nc);
        System.arraycopy(c, cRow + ldc, acc1, 0, nc);
        System.arraycopy(c, cRow + 2 * ldc, acc2, 0, nc);
        System.arraycopy(c, cRow + 3 * ldc, acc3, 0, nc);
        for (int p = 0; p < kc; p++) {
            int ap = aRow + p * aColStride;
            accumulate4(acc0, acc1, acc2, acc3,
                    alpha * a[ap], alpha * a[ap + aRowStride],
                    alpha * a[ap + 2 * aRowStride], alpha * a[ap + 3 * aRowStride],
                    ws.bBlock[p], nc);
        }
        System.arraycopy(acc0, 0, c, cRow, nc);
        System.arraycopy(acc1, 0, c, cRow + ldc, nc);
        System.arraycopy(acc2, 0, c, cRow + 2 * ldc, nc);
        System.arraycopy(acc3, 0, c, cRow + 3 * ldc, nc);
    }

    private static void oneRow(Workspace ws, int kc, int nc, float alpha, float[] a, int aRow, int aColStride,
                               float[] c, int cRow) {
        float[] acc = ws.acc[0];
        System.arraycopy(c, cRow, acc, 0, nc);
        for (int p = 0; p < kc; p++) {
            accumulate(acc, alpha * a[aRow + p * aColStride], ws.bBlock[p], nc);
        }
        System.arraycopy(acc, 0, c, cRow, nc);
    }

    private static void accumulate4(float[] acc0, float[] acc1, float[] acc2, float[] acc3,
                                    float a0, float a1, float a2, float a3, float[] bRow, int nc) {
        for (int j = 0; j < nc; j++) {
            float bj = bRow[j];
            acc0[j] += a0 * bj;
            acc1[j] += a1 * bj;
            acc2[j] += a2 * bj;
            acc3[j] += a3 * bj;
        }
    }

    private static void accumulate(float[] acc, float a0, float[] bRow, int nc) {
        for (int j = 0; j < nc; j++) {
            acc[j] += a0 * bRow[j];
        }
    }

    /** {@code C = beta * C}; {@code beta == 0} writes zeros without reading C (so NaN there is dropped). */
    static void scale(int m, int n, float beta, float[] c, int cOffset, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int row = cOffset + i * ldc;
            if (beta == 0f) {
                Arrays.fill(c, row, row + n, 0f);
            } else {
                for (int j = 0; j < n; j++) {
                    c[row + j] *= beta;
                }
            }
        }
    }

    /** Copies op(B)[pc..pc+kc, jc..jc+nc] into the first kc rows and nc columns of {@code block}. */
    private static void packB(boolean transB, float[] b, int bOffset, int ldb, int pc, int kc, int jc, int nc,
                              float[][] block) {
        if (!transB) {
            for (int p = 0; p < kc; p++) {
                System.arraycopy(b, bOffset + (pc + p) * ldb + jc, block[p], 0, nc);
            }
            return;
        }
        // Stored B is n x k: read each stored row (one column of op(B)) contiguously.
        for (int j = 0; j < nc; j++) {
            int src = bOffset + (jc + j) * ldb + pc;
            for (int p = 0; p < kc; p++) {
                block[p][j] = b[src + p];
            }
        }
    }
}
