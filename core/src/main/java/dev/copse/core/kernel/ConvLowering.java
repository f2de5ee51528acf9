package dev.copse.core.kernel;

import java.util.Arrays;

/**
 * im2col and col2im for one NCHW image (see {@link ConvGeometry} for the column layout).
 *
 * <p>Both walk the column matrix row by row (one row per channel and kernel tap) and, per output row,
 * work out once which output columns read inside the image, so the inner loops carry no bounds tests.
 * With a horizontal stride of 1 the valid stretch is contiguous in both buffers: im2col copies it with
 * {@link System#arraycopy} and col2im adds it with {@link #accumulate}, the one step a subclass may
 * speed up (the copy is already SIMD inside the JDK, which is why im2col has no separate fast version).
 *
 * <p>Thread-safety: stateless.
 */
class ConvLowering {

    /** Writes the column matrix of {@code image}; every column entry is written (padding as zero). */
    final void im2col(ConvGeometry g, float[] image, int imageOffset, float[] columns, int columnsOffset) {
        int outH = g.outputHeight();
        int outW = g.outputWidth();
        int plane = g.height() * g.width();
        int row = columnsOffset;
        for (int c = 0; c < g.channels(); c++) {
            int channel = imageOffset + c * plane;
            for (int kh = 0; kh < g.kernelHeight(); kh++) {
                for (int kw = 0; kw < g.kernelWidth(); kw++, row += outH * outW) {
                    int dx = kw * g.dilationWidth() - g.padWidth();
                    int lo = firstInside(dx, g.strideWidth(), outW);
                    int hi = endInside(dx, g.strideWidth(), outW, g.width());
                    for (int oh = 0; oh < outH; oh++) {
                        int ih = oh * g.strideHeight() + kh * g.dilationHeight() - g.padHeight();
                        int out = row + oh * outW;
                        if (ih < 0 || ih >= g.height() || lo >= hi) {
                            Arrays.fill(columns, out, out + outW, 0f);
                            continue;
                        }
                        int in = channel + ih * g.width() + dx;
                        Arrays.fill(columns, out, out + lo, 0f);
                        if (g.strideWidth() == 1) {
                            System.arraycopy(image, in + lo, columns, out + lo, hi - lo);
                        } else {
                            for (int ow = lo; ow < hi; ow++) {
                                columns[out + ow] = image[in + ow * g.strideWidth()];
                            }
                        }
                        Arrays.fill(columns, out + hi, out + outW, 0f);
                    }
                }
            }
        }
    }

    /** Adds every column entry back to the image position it came from (the adjoint of im2col). */
    final void col2im(ConvGeometry g, float[] columns, int columnsOffset, float[] image, int imageOffset) {
        int outH = g.outputHeight();
        int outW = g.outputWidth();
        int plane = g.height() * g.width();
        int row = columnsOffset;
        for (int c = 0; c < g.channels(); c++) {
            int channel = imageOffset + c * plane;
            for (int kh = 0; kh < g.kernelHeight(); kh++) {
                for (int kw = 0; kw < g.kernelWidth(); kw++, row += outH * outW) {
                    int dx = kw * g.dilationWidth() - g.padWidth();
                    int lo = firstInside(dx, g.strideWidth(), outW);
                    int hi = endInside(dx, g.strideWidth(), outW, g.width());
                    if (lo >= hi) {
                        continue;
                    }
                    for (int oh = 0; oh < outH; oh++) {
                        int ih = oh * g.strideHeight() + kh * g.dilationHeight() - g.padHeight();
                        if (ih < 0 || ih >= g.height()) {
                            continue;
                        }
                        int in = channel + ih * g.width() + dx;
                        int out = row + oh * outW;
                        if (g.strideWidth() == 1) {
                            accumulate(columns, out + lo, image, in + lo, hi - lo);
                        } else {
                            for (int ow = lo; ow < hi; ow++) {
                                image[in + ow * g.strideWidth()] += columns[out + ow];
                            }
                        }
                    }
                }
            }
        }
    }

    /** {@code dst[dstOffset + i] += src[srcOffset + i]} for {@code i < length}; the two never overlap. */
    void accumulate(float[] src, int srcOffset, float[] dst, int dstOffset, int length) {
        for (int i = 0; i < length; i++) {
            dst[dstOffset + i] += src[srcOffset + i];
        }
    }

    /** Smallest output column {@code ow} with {@code dx + ow * stride >= 0}, capped at {@code outW}. */
    private static int firstInside(int dx, int stride, int outW) {
        if (dx >= 0) {
            return 0;
        }
        return Math.min(outW, (-dx + stride - 1) / stride);
    }

    /** One past the largest output column {@code ow} with {@code dx + ow * stride < width}, within [0, outW]. */
    private static int endInside(int dx, int stride, int outW, int width) {
        if (dx >= width) {
            return 0;
        }
        return Math.min(outW, (width - 1 - dx) / stride + 1);
    }
}
