package dev.copse.core.kernel;

import static dev.copse.core.kernel.VectorTiles.L;
import static dev.copse.core.kernel.VectorTiles.MAX_VECTORS;
import static dev.copse.core.kernel.VectorTiles.MR;
import static dev.copse.core.kernel.VectorTiles.SPECIES;
import static dev.copse.core.kernel.VectorTiles.STRIP_SPECIES;

import dev.copse.core.parallel.WorkerPool;
import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;

/**
 * GEMM on the JDK Vector API: packed panels, register-blocked micro-kernels, and a split of the output
 * over the threads of a {@link WorkerPool}.
 *
 * <p>Blocking (in the manner of Goto and van de Geijn, "Anatomy of high-performance matrix
 * multiplication", ACM TOMS 34(3), 2008): a block of {@code op(B)}, {@value #KC} deep and up to
 * {@link #NC} wide, is packed into panels {@link #NR} columns wide (a narrower last panel is packed only
 * as many vectors wide as it needs), which keeps the block in L2 and undoes {@code transB}. Each
 * {@value VectorTiles#MR}-row strip of {@code A} is then copied into an L1-resident strip, row by row
 * ({@link RowStripTiles}) or, when A is transposed, interleaved ({@link PackedATiles}), and a micro-kernel
 * sweeps it across every B panel of the block. Transposed operands are packed a vector at a time
 * (gathers from the rows of a transposed B, one short vector per step of a transposed A). Finished tiles
 * reach {@code C} one tile late ({@link DeferredTileWriter}).
 *
 * <p>Threads: above {@link #PARALLEL_MIN_WORK}, the output is cut into a grid of row blocks (multiples
 * of {@code MR} rows) by column blocks (multiples of {@code NR} columns), shaped to minimise what the
 * blocks read in all (see {@link #grid}); {@code k} is never split. Every kernel computes each element as
 * one chain of fused multiply-adds over the same k blocks, so results are bit-for-bit identical for any
 * number of threads.
 *
 * <p>Memory: each thread that runs a block keeps one packing buffer of {@code KC * NC} floats (about
 * 1.3 MiB) for its lifetime; no other allocation happens per call beyond a handful of small objects when
 * the work is split across threads.
 *
 * <p>Thread-safety: concurrent calls on disjoint outputs are safe.
 */
final class VectorGemm {

    /**
     * Greatest depth of a packed block of op(B); k is cut into equal blocks no deeper than this. 320 keeps
     * the im2col depths 144 and 288 in one block (each row of A read once, in one sequential run, and C
     * written once) while the 8-row A strip stays within L1 and the B block within L2.
     */
    static final int KC = 320;
    /** Width of the widest packed panel of op(B), in columns. */
    static final int NR = MAX_VECTORS * L;
    /** Width of a packed block of op(B): a multiple of NR near 1024, so KC x NC floats stay within L2. */
    static final int NC = Math.max(1, 1024 / NR) * NR;
    /**
     * Below this m * n * k (8 MFLOP, well under a millisecond) the hand-off to other threads costs about as
     * much as it saves (measured on the project's 2-core machine).
     */
    static final long PARALLEL_MIN_WORK = 1L << 22;
    /**
     * Blocks per thread. One: every further column block packs all of A again and every further row block
     * all of B (in a single-thread profile of 256x784 * 784x945 each packing is about 5 % of the time), and
     * with one block each the threads' shares are equal by construction.
     */
    private static final int BLOCKS_PER_THREAD = 1;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private final WorkerPool pool;

    VectorGemm(WorkerPool pool) {
        this.pool = pool;
    }

    /** Per-thread packing buffers and tile buffers. */
    private static final class Workspace {
        final float[] bBlock = new float[KC * NC];
        final float[] aStrip = new float[KC * MR];
        /** {@code i * ldb} for the lanes of one gather from transposed B; rewritten by every packing. */
        final int[] storedRowStarts = new int[L];
        final DeferredTileWriter tiles = new DeferredTileWriter(MR * NR);
    }

    /** One call's operands, shared by the blocks it is cut into. */
    private record Operands(boolean transA, boolean transB, int k, float alpha,
                            float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                            float beta, float[] c, int cOffset, int ldc) {
    }

    /** {@code C = alpha * op(A) * op(B) + beta * C}; arguments already checked by {@link GemmArguments}. */
    void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
               float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
               float beta, float[] c, int cOffset, int ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0 || alpha == 0f) {
            PortableGemm.scale(m, n, beta, c, cOffset, ldc);
            return;
        }
        Operands ops = new Operands(transA, transB, k, alpha, a, aOffset, lda, b, bOffset, ldb,
                beta, c, cOffset, ldc);
        int rowTiles = ceilDiv(m, MR);
        int panels = ceilDiv(n, NR);
        int threads = pool.threads();
        if (threads == 1 || (long) m * n * k < PARALLEL_MIN_WORK) {
            block(ops, 0, m, 0, n);
            return;
        }
        int[] grid = grid(m, n, rowTiles, panels, threads * BLOCKS_PER_THREAD);
        int rowBlocks = grid[0];
        int colBlocks = grid[1];
        pool.forEach(rowBlocks * colBlocks, t -> {
            int rb = t / colBlocks;
            int cb = t % colBlocks;
            int r0 = Math.min(m, (int) ((long) rowTiles * rb / rowBlocks) * MR);
            int r1 = Math.min(m, (int) ((long) rowTiles * (rb + 1) / rowBlocks) * MR);
            int j0 = Math.min(n, (int) ((long) panels * cb / colBlocks) * NR);
            int j1 = Math.min(n, (int) ((long) panels * (cb + 1) / colBlocks) * NR);
            block(ops, r0, r1, j0, j1);
        });
    }

    /**
     * Chooses {rowBlocks, colBlocks} with at least {@code target} blocks when the shape allows, minimising
     * the data all blocks read together: A once per column block and B (packed) once per row block, so
     * {@code colBlocks * m + rowBlocks * n} (k is common to both terms).
     */
    static int[] grid(int m, int n, int rowTiles, int panels, int target) {
        int bestRows = 1;
        int bestCols = 1;
        long bestCost = Long.MAX_VALUE;
        int wanted = (int) Math.min(target, (long) rowTiles * panels);
        for (int cb = 1; cb <= Math.min(panels, wanted); cb++) {
            int rb = Math.min(rowTiles, ceilDiv(wanted, cb));
            if ((long) rb * cb < wanted) {
                continue;
            }
            long cost = (long) cb * m + (long) rb * n;
            if (cost < bestCost) {
                bestCost = cost;
                bestRows = rb;
                bestCols = cb;
            }
        }
        return new int[] {bestRows, bestCols};
    }

    /** Computes rows [r0, r1) and columns [j0, j1) of C on the calling thread. */
    private static void block(Operands o, int r0, int r1, int j0, int j1) {
        if (r0 >= r1 || j0 >= j1) {
            return;
        }
        Workspace ws = WORKSPACE.get();
        try {
            sweep(o, r0, r1, j0, j1, ws);
        } finally {
            // The caller reads C once this returns, and no tile may wait into the thread's next call.
            ws.tiles.flush();
        }
    }

    /** The loop nest of {@link #block}: column blocks, k blocks of packed B, strips of A, panels. */
    private static void sweep(Operands o, int r0, int r1, int j0, int j1, Workspace ws) {
        // Equal depths (784 = 3 x 262, not 2 x 320 + 144) avoid a thin last block; they depend on k only.
        int depth = ceilDiv(o.k, ceilDiv(o.k, KC));
        // Likewise equal widths, in whole panels (1024 = 2 x 528, not 1008 + 16, which would stream A
        // again for one narrow panel).
        int panels = ceilDiv(j1 - j0, NR);
        int width = ceilDiv(panels, ceilDiv(panels * NR, NC)) * NR;
        for (int jc = j0; jc < j1; jc += width) {
            int nc = Math.min(width, j1 - jc);
            for (int pc = 0; pc < o.k; pc += depth) {
                int kc = Math.min(depth, o.k - pc);
                float beta = pc == 0 ? o.beta : 1f;
                packB(o, pc, kc, jc, nc, ws);
                for (int ir = r0; ir < r1; ir += MR) {
                    int rows = Math.min(MR, r1 - ir);
                    packA(o, ir, rows, pc, kc, ws.aStrip);
                    int cRow = o.cOffset + ir * o.ldc + jc;
                    for (int jj = 0, panel = 0; jj < nc; jj += NR, panel += kc * NR) {
                        int cols = Math.min(NR, nc - jj);
                        int nv = ceilDiv(cols, L);
                        float[] tile = ws.tiles.fresh();
                        if (o.transA) {
                            PackedATiles.compute(nv, kc, ws.aStrip, ws.bBlock, panel, tile);
                        } else {
                            RowStripTiles.compute(nv, kc, ws.aStrip, ws.bBlock, panel, tile);
                        }
                        ws.tiles.finish(o.c, cRow + jj, o.ldc, rows, cols, nv * L, o.alpha, beta);
                    }
                }
            }
        }
    }

    /**
     * Packs op(B)[pc..pc+kc, jc..jc+nc] into {@code ws.bBlock} as panels: panel q starts at
     * {@code q * kc * NR} and holds, for each p, its columns padded with zeros to a whole number of vectors.
     */
    private static void packB(Operands o, int pc, int kc, int jc, int nc, Workspace ws) {
        float[] packed = ws.bBlock;
        int full = nc / NR;
        int lastCols = nc - full * NR;
        int lastWidth = ceilDiv(lastCols, L) * L;
        int lastPanel = full * kc * NR;
        if (!o.transB) {
            // Row by row of B, so the reads are sequential; each row is dealt out to every panel.
            for (int p = 0; p < kc; p++) {
                int src = o.bOffset + (pc + p) * o.ldb + jc;
                for (int q = 0, dst = p * NR; q < full; q++, src += NR, dst += kc * NR) {
                    for (int v = 0; v < NR; v += L) {
                        FloatVector.fromArray(SPECIES, o.b, src + v).intoArray(packed, dst + v);
                    }
                }
                for (int v = 0, dst = lastPanel + p * lastWidth; v < lastWidth; v += L) {
                    VectorMask<Float> mask = SPECIES.indexInRange(v, lastCols);
                    FloatVector.fromArray(SPECIES, o.b, src + v, mask).intoArray(packed, dst + v);
                }
            }
            return;
        }
        // Stored B is n x k: column j of op(B) is stored row j. A whole panel is gathered L stored rows at
        // a time, p by p, so the packed writes are whole vectors; each stored row's cache line then serves
        // the next p values too. Measured on the project's machine, about twice as fast as copying element
        // by element.
        int[] rowStarts = ws.storedRowStarts;
        for (int i = 0; i < L; i++) {
            rowStarts[i] = i * o.ldb;
        }
        for (int q = 0; q < full; q++) {
            int src = o.bOffset + (jc + q * NR) * o.ldb + pc;
            for (int p = 0, dst = q * kc * NR; p < kc; p++, dst += NR) {
                for (int v = 0; v < NR; v += L) {
                    FloatVector.fromArray(SPECIES, o.b, src + v * o.ldb + p, rowStarts, 0).intoArray(packed, dst + v);
                }
            }
        }
        for (int j = 0; j < lastCols; j++) {
            int src = o.bOffset + (jc + full * NR + j) * o.ldb + pc;
            for (int p = 0, dst = lastPanel + j; p < kc; p++, dst += lastWidth) {
                packed[dst] = o.b[src + p];
            }
        }
        for (int j = lastCols; j < lastWidth; j++) {
            for (int p = 0, dst = lastPanel + j; p < kc; p++, dst += lastWidth) {
                packed[dst] = 0f;
            }
        }
    }

    /**
     * Packs op(A)[ir..ir+rows, pc..pc+kc] into {@code strip}, rows beyond {@code rows} zero: interleaved,
     * {@code strip[p * MR + r]}, for {@link PackedATiles} when A is transposed (the MR values of one p are
     * adjacent in stored A); otherwise row by row, {@code strip[r * STRIDE + p]}, for {@link RowStripTiles}.
     */
    private static void packA(Operands o, int ir, int rows, int pc, int kc, float[] strip) {
        if (!o.transA) {
            int src = o.aOffset + ir * o.lda + pc;
            for (int r = 0; r < MR; r++, src += o.lda) {
                if (r < rows) {
                    System.arraycopy(o.a, src, strip, r * RowStripTiles.STRIDE, kc);
                } else {
                    Arrays.fill(strip, r * RowStripTiles.STRIDE, r * RowStripTiles.STRIDE + kc, 0f);
                }
            }
            return;
        }
        // One short vector per p (a call to System.arraycopy per p costs about four times as much, measured
        // on the project's machine).
        int src = o.aOffset + pc * o.lda + ir;
        if (rows == MR) {
            for (int p = 0; p < kc; p++, src += o.lda) {
                FloatVector.fromArray(STRIP_SPECIES, o.a, src).intoArray(strip, p * MR);
            }
        } else {
            Arrays.fill(strip, 0, kc * MR, 0f);
            for (int p = 0; p < kc; p++, src += o.lda) {
                System.arraycopy(o.a, src, strip, p * MR, rows);
            }
        }
    }

    private static int ceilDiv(int x, int y) {
        return (x + y - 1) / y;
    }
}
