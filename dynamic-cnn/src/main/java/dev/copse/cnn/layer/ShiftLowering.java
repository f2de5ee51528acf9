package dev.copse.cnn.layer;

import dev.copse.core.kernel.Blas1;
import dev.copse.core.kernel.ConvGeometry;
import java.util.Arrays;

/**
 * im2col and col2im for the commonest convolution, stride 1 with "same" padding (output plane as large as
 * the input plane, e.g. 3x3 with padding 1), with the column layout of {@link dev.copse.core.kernel.Im2col}.
 *
 * <p>In that case the row of the column matrix for channel {@code c} and kernel tap {@code (kh, kw)} is the
 * input plane shifted by {@code s = dy * W + dx} (with {@code dy = kh * dilation - pad}, likewise {@code dx}),
 * except where the tap falls into the padding. So im2col is one block copy per row plus zeroing of the
 * few entries in the padding, and col2im one vector {@code axpy} per row (over a copy of the row whose
 * padding entries are zeroed, so they add nothing). The general lowering in core works output row by
 * output row; measured on the project's machine for 16 channels of 28x28 this is 3.5 times faster for
 * im2col (26 versus 90 microseconds) and 6 times faster for col2im (20 versus 129), and both are exact
 * copies and sums, so results are identical.
 *
 * <p>col2im overwrites the image rather than adding to it: the centre tap ({@code dy = dx = 0}), which
 * covers every pixel, is copied first when the kernel has one, and the image is cleared first otherwise.
 *
 * <p>Immutable and thread-safe.
 */
final class ShiftLowering {

    private final int channels;
    private final int height;
    private final int width;
    private final int taps;
    private final int[] shift;
    private final int[] rowLo;
    private final int[] rowHi;
    private final int[] colLo;
    private final int[] colHi;
    private final int centre;

    private ShiftLowering(ConvGeometry g) {
        this.channels = g.channels();
        this.height = g.height();
        this.width = g.width();
        this.taps = g.kernelHeight() * g.kernelWidth();
        this.shift = new int[taps];
        this.rowLo = new int[taps];
        this.rowHi = new int[taps];
        this.colLo = new int[taps];
        this.colHi = new int[taps];
        int centreTap = -1;
        for (int kh = 0, t = 0; kh < g.kernelHeight(); kh++) {
            for (int kw = 0; kw < g.kernelWidth(); kw++, t++) {
                int dy = kh * g.dilationHeight() - g.padHeight();
                int dx = kw * g.dilationWidth() - g.padWidth();
                shift[t] = dy * width + dx;
                rowLo[t] = Math.max(0, -dy);
                rowHi[t] = Math.min(height, height - dy);
                colLo[t] = Math.max(0, -dx);
                colHi[t] = Math.min(width, width - dx);
                if (dy == 0 && dx == 0) {
                    centreTap = t;
                }
            }
        }
        this.centre = centreTap;
    }

    /** The lowering for {@code g}, or null when {@code g} is not a stride-1 "same" convolution. */
    static ShiftLowering of(ConvGeometry g) {
        boolean same = g.strideHeight() == 1 && g.strideWidth() == 1 && g.outputHeight() == g.height()
                && g.outputWidth() == g.width();
        return same ? new ShiftLowering(g) : null;
    }

    /** Writes the whole column matrix of the image at {@code image[offset ..]} to {@code columns[0 ..]}. */
    void im2col(float[] image, int offset, float[] columns) {
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            int src = offset + c * plane;
            for (int t = 0; t < taps; t++) {
                int row = (c * taps + t) * plane;
                int lo = rowLo[t] * width;
                int hi = rowHi[t] * width;
                int s = shift[t];
                int from = Math.min(plane, Math.max(lo, -s));
                int to = Math.max(from, Math.min(hi, plane - s));
                Arrays.fill(columns, row, row + from, 0f);
                if (to > from) {
                    System.arraycopy(image, src + from + s, columns, row + from, to - from);
                }
                Arrays.fill(columns, row + to, row + plane, 0f);
                clearPadding(columns, row, t);
            }
        }
    }

    /**
     * Writes to the image at {@code image[offset ..]} the sum, over the column matrix, of each entry at the
     * pixel it was copied from: the adjoint of {@link #im2col}. Uses {@code columns} as scratch (its padding
     * entries are zeroed).
     */
    void col2im(float[] columns, float[] image, int offset) {
        int plane = height * width;
        for (int c = 0; c < channels; c++) {
            int dst = offset + c * plane;
            if (centre >= 0) {
                System.arraycopy(columns, (c * taps + centre) * plane, image, dst, plane);
            } else {
                Arrays.fill(image, dst, dst + plane, 0f);
            }
            for (int t = 0; t < taps; t++) {
                if (t == centre) {
                    continue;
                }
                int row = (c * taps + t) * plane;
                clearPadding(columns, row, t);
                int s = shift[t];
                int from = Math.max(rowLo[t] * width, -s);
                int to = Math.min(rowHi[t] * width, plane - s);
                if (to > from) {
                    Blas1.axpy(to - from, 1f, columns, row + from, image, dst + from + s);
                }
            }
        }
    }

    /** Zeroes the entries of tap {@code t}'s row whose column falls into the left or right padding. */
    private void clearPadding(float[] columns, int row, int t) {
        int first = row + rowLo[t] * width;
        int end = row + rowHi[t] * width;
        for (int ow = 0; ow < colLo[t]; ow++) {
            for (int q = first + ow; q < end; q += width) {
                columns[q] = 0f;
            }
        }
        for (int ow = colHi[t]; ow < width; ow++) {
            for (int q = first + ow; q < end; q += width) {
                columns[q] = 0f;
            }
        }
    }
}
