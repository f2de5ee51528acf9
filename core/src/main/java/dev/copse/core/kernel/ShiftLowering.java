package dev.copse.core.kernel;

import java.util.Arrays;

/**
 * The fast path of im2col and col2im (column layout of {@link Im2col}) for the geometries whose output plane
 * is {@code ceil(H / s) x ceil(W / s)} at stride {@code s}: the convolutions of a ResNet (3x3 with padding 1,
 * 1x1 without padding, at stride 1 or 2), and any other "same" geometry ({@link #supports}). Convolution
 * layers call it where it applies and {@link Im2col} elsewhere.
 *
 * <p><b>Stride 1.</b> The row of the column matrix for channel {@code c} and kernel tap {@code (kh, kw)} is
 * the input plane shifted by {@code dy * W + dx} ({@code dy = kh * dilation - pad}, likewise {@code dx}),
 * except where the tap falls into the padding. So im2col is one block copy per row plus zeroing of the
 * padding entries, and col2im one vector {@code axpy} per row (over the row with its padding entries zeroed,
 * so they add nothing).
 *
 * <p><b>Stride s > 1.</b> The input plane is first split into its {@code s x s} phases, phase
 * {@code (py, px)} holding pixels {@code (s i + py, s j + px)} on a {@code ceil(H / s) x ceil(W / s)} grid
 * (zero beyond the image). Tap {@code (dy, dx)} then reads phase {@code (dy mod s, dx mod s)} shifted by
 * {@code (floor(dy / s), floor(dx / s))}, a stride-1 shift on the output grid; col2im adds into the phases
 * and merges them back into the image.
 *
 * <p>{@link Im2col} works output row by output row. Measured on the project's machine for 16 channels of
 * 28x28 at stride 1, this one is 3.5 times faster for im2col (26 versus 90 microseconds) and 6 times faster
 * for col2im (20 versus 129). Entries are copied exactly and col2im adds the same terms (in another order),
 * so results agree to float rounding. The copies are {@link System#arraycopy} (already SIMD inside the
 * JDK) and the additions {@link Blas1#axpy}, so the portable and vector kernels both apply here.
 *
 * <p>col2im overwrites the image rather than adding to it: per phase, a tap with no shift (which covers the
 * whole phase) is copied first, and a phase without one is cleared.
 *
 * <p>Immutable and thread-safe; callers pass the scratch buffers, so concurrent calls with their own
 * buffers do not interfere.
 */
public final class ShiftLowering {

    private final int channels;
    private final int height;
    private final int width;
    private final int strideY;
    private final int strideX;
    private final int gridH;
    private final int gridW;
    private final int taps;
    private final int[] phase;
    private final int[] shift;
    private final int[] rowLo;
    private final int[] rowHi;
    private final int[] colLo;
    private final int[] colHi;
    private final int[] anchor;
    private final boolean[] used;

    private ShiftLowering(ConvGeometry g) {
        this.channels = g.channels();
        this.height = g.height();
        this.width = g.width();
        this.strideY = g.strideHeight();
        this.strideX = g.strideWidth();
        this.gridH = g.outputHeight();
        this.gridW = g.outputWidth();
        this.taps = g.kernelHeight() * g.kernelWidth();
        this.phase = new int[taps];
        this.shift = new int[taps];
        this.rowLo = new int[taps];
        this.rowHi = new int[taps];
        this.colLo = new int[taps];
        this.colHi = new int[taps];
        this.anchor = new int[strideY * strideX];
        this.used = new boolean[strideY * strideX];
        Arrays.fill(anchor, -1);
        for (int kh = 0, t = 0; kh < g.kernelHeight(); kh++) {
            for (int kw = 0; kw < g.kernelWidth(); kw++, t++) {
                int dy = kh * g.dilationHeight() - g.padHeight();
                int dx = kw * g.dilationWidth() - g.padWidth();
                int sy = Math.floorDiv(dy, strideY);
                int sx = Math.floorDiv(dx, strideX);
                phase[t] = Math.floorMod(dy, strideY) * strideX + Math.floorMod(dx, strideX);
                used[phase[t]] = true;
                shift[t] = sy * gridW + sx;
                rowLo[t] = Math.max(0, -sy);
                rowHi[t] = Math.min(gridH, gridH - sy);
                colLo[t] = Math.max(0, -sx);
                colHi[t] = Math.min(gridW, gridW - sx);
                if (sy == 0 && sx == 0 && anchor[phase[t]] < 0) {
                    anchor[phase[t]] = t;
                }
            }
        }
    }

    /** True when the output plane of {@code g} is {@code ceil(H / s) x ceil(W / s)}, the case this class handles. */
    public static boolean supports(ConvGeometry g) {
        return g.outputHeight() == ceilDiv(g.height(), g.strideHeight())
                && g.outputWidth() == ceilDiv(g.width(), g.strideWidth());
    }

    /**
     * The lowering for {@code g}.
     *
     * @throws IllegalArgumentException when {@link #supports} is false for {@code g}
     */
    public static ShiftLowering of(ConvGeometry g) {
        if (!supports(g)) {
            throw new IllegalArgumentException("ShiftLowering.of: the output plane of " + g + " is not ceil(H / s)"
                    + " x ceil(W / s); use Im2col for this geometry");
        }
        return new ShiftLowering(g);
    }

    /** Floats of phase scratch {@link #im2col} and {@link #col2im} need (0 at stride 1). */
    public int phaseSize() {
        return strideY == 1 && strideX == 1 ? 0 : channels * strideY * strideX * gridH * gridW;
    }

    /**
     * Writes the whole column matrix of the image at {@code image[offset ..]} to {@code columns[0 ..]}.
     *
     * @param phases scratch of at least {@link #phaseSize()} floats
     * @throws IllegalArgumentException when a buffer is too short or the offset is negative
     */
    public void im2col(float[] image, int offset, float[] columns, float[] phases) {
        check("ShiftLowering.im2col", image, offset, columns, phases);
        int grid = gridH * gridW;
        float[] source = image;
        int base = offset;
        int phasePlanes = strideY * strideX;
        if (phasePlanes > 1) {
            split(image, offset, phases);
            source = phases;
            base = 0;
        }
        for (int c = 0; c < channels; c++) {
            for (int t = 0; t < taps; t++) {
                int src = base + (c * phasePlanes + phase[t]) * grid;
                int row = (c * taps + t) * grid;
                int s = shift[t];
                int from = Math.min(grid, Math.max(rowLo[t] * gridW, -s));
                int to = Math.max(from, Math.min(rowHi[t] * gridW, grid - s));
                Arrays.fill(columns, row, row + from, 0f);
                if (to > from) {
                    System.arraycopy(source, src + from + s, columns, row + from, to - from);
                }
                Arrays.fill(columns, row + to, row + grid, 0f);
                clearPadding(columns, row, t);
            }
        }
    }

    /**
     * Writes to the image at {@code image[offset ..]} the sum, over the column matrix, of each entry at the
     * pixel it was copied from: the adjoint of {@link #im2col}. Uses {@code columns} as scratch (its padding
     * entries are zeroed) and {@code phases} (at least {@link #phaseSize()} floats). Unlike
     * {@link Im2col#col2im} it overwrites the image rather than adding to it.
     *
     * @throws IllegalArgumentException when a buffer is too short or the offset is negative
     */
    public void col2im(float[] columns, float[] image, int offset, float[] phases) {
        check("ShiftLowering.col2im", image, offset, columns, phases);
        int grid = gridH * gridW;
        int phasePlanes = strideY * strideX;
        float[] target = phasePlanes > 1 ? phases : image;
        int base = phasePlanes > 1 ? 0 : offset;
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < phasePlanes; p++) {
                int dst = base + (c * phasePlanes + p) * grid;
                if (anchor[p] >= 0) {
                    System.arraycopy(columns, (c * taps + anchor[p]) * grid, target, dst, grid);
                } else {
                    Arrays.fill(target, dst, dst + grid, 0f);
                }
            }
            for (int t = 0; t < taps; t++) {
                if (t == anchor[phase[t]]) {
                    continue;
                }
                int row = (c * taps + t) * grid;
                clearPadding(columns, row, t);
                int s = shift[t];
                int from = Math.max(rowLo[t] * gridW, -s);
                int to = Math.min(rowHi[t] * gridW, grid - s);
                if (to > from) {
                    int dst = base + (c * phasePlanes + phase[t]) * grid;
                    Blas1.axpy(to - from, 1f, columns, row + from, target, dst + from + s);
                }
            }
        }
        if (phasePlanes > 1) {
            merge(phases, image, offset);
        }
    }

    /**
     * Copies each channel's plane into those of its {@code s x s} phases that some tap reads, on the output
     * grid, zero beyond the image.
     */
    private void split(float[] image, int offset, float[] phases) {
        int grid = gridH * gridW;
        for (int c = 0; c < channels; c++) {
            int plane = offset + c * height * width;
            for (int py = 0; py < strideY; py++) {
                for (int px = 0; px < strideX; px++) {
                    if (!used[py * strideX + px]) {
                        continue;
                    }
                    int dst = (c * strideY * strideX + py * strideX + px) * grid;
                    for (int i = 0; i < gridH; i++) {
                        int y = i * strideY + py;
                        int d = dst + i * gridW;
                        if (y >= height) {
                            Arrays.fill(phases, d, d + gridW, 0f);
                            continue;
                        }
                        int src = plane + y * width + px;
                        int inside = Math.min(gridW, (width - px + strideX - 1) / strideX);
                        for (int j = 0; j < inside; j++) {
                            phases[d + j] = image[src + j * strideX];
                        }
                        Arrays.fill(phases, d + inside, d + gridW, 0f);
                    }
                }
            }
        }
    }

    /** The inverse of {@link #split} for the pixels of the image: writes each phase entry back to its pixel. */
    private void merge(float[] phases, float[] image, int offset) {
        int grid = gridH * gridW;
        for (int c = 0; c < channels; c++) {
            int plane = offset + c * height * width;
            for (int py = 0; py < strideY; py++) {
                for (int px = 0; px < strideX; px++) {
                    int src = (c * strideY * strideX + py * strideX + px) * grid;
                    for (int i = 0, y = py; y < height; i++, y += strideY) {
                        int dst = plane + y * width + px;
                        int s = src + i * gridW;
                        int inside = Math.min(gridW, (width - px + strideX - 1) / strideX);
                        for (int j = 0; j < inside; j++) {
                            image[dst + j * strideX] = phases[s + j];
                        }
                    }
                }
            }
        }
    }

    /** Zeroes the entries of tap {@code t}'s row whose column falls into the left or right padding. */
    private void clearPadding(float[] columns, int row, int t) {
        int first = row + rowLo[t] * gridW;
        int end = row + rowHi[t] * gridW;
        for (int ow = 0; ow < colLo[t]; ow++) {
            for (int q = first + ow; q < end; q += gridW) {
                columns[q] = 0f;
            }
        }
        for (int ow = colHi[t]; ow < gridW; ow++) {
            for (int q = first + ow; q < end; q += gridW) {
                columns[q] = 0f;
            }
        }
    }

    private void check(String operation, float[] image, int offset, float[] columns, float[] phases) {
        int grid = gridH * gridW;
        ArrayChecks.range(operation, "image", image, offset, (long) channels * height * width);
        ArrayChecks.range(operation, "columns", columns, 0, (long) channels * taps * grid);
        ArrayChecks.range(operation, "phases", phases, 0, phaseSize());
        if (image == columns) {
            throw new IllegalArgumentException(operation + ": image and columns must be different arrays");
        }
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
