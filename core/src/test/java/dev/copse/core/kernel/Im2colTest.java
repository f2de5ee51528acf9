package dev.copse.core.kernel;

import static dev.copse.core.kernel.GemmReference.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@link Im2col} against a direct nested-loop convolution, and col2im as the adjoint of im2col. */
class Im2colTest {

    static Stream<ConvGeometry> geometries() {
        return Stream.of(
                ConvGeometry.square(2, 5, 7, 3, 1, 1),
                new ConvGeometry(3, 9, 8, 3, 2, 2, 1, 1, 0, 1, 1),
                new ConvGeometry(1, 10, 11, 3, 3, 2, 2, 2, 2, 2, 2),
                ConvGeometry.square(4, 6, 6, 1, 1, 0),
                ConvGeometry.square(1, 4, 4, 5, 1, 1),
                new ConvGeometry(2, 13, 12, 2, 3, 3, 3, 1, 2, 2, 1),
                ConvGeometry.square(1, 1, 1, 1, 1, 0),
                new ConvGeometry(1, 3, 20, 3, 3, 1, 1, 4, 4, 1, 3));
    }

    /** The image value a tap reads, or 0 in the padding: the definition im2col must follow. */
    private static float tap(ConvGeometry g, float[] x, int offset, int c, int kh, int kw, int oh, int ow) {
        int ih = oh * g.strideHeight() - g.padHeight() + kh * g.dilationHeight();
        int iw = ow * g.strideWidth() - g.padWidth() + kw * g.dilationWidth();
        if (ih < 0 || ih >= g.height() || iw < 0 || iw >= g.width()) {
            return 0f;
        }
        return x[offset + (c * g.height() + ih) * g.width() + iw];
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void columnsHoldEveryTapAtItsDocumentedPlace(ConvGeometry g) {
        int imageOffset = 5;
        int columnsOffset = 3;
        float[] image = random(new Random(1), imageOffset + g.imageSize());
        float[] columns = new float[columnsOffset + g.columnSize() + 2];
        java.util.Arrays.fill(columns, Float.NaN);
        Im2col.im2col(g, image, imageOffset, columns, columnsOffset);
        int outW = g.outputWidth();
        for (int c = 0; c < g.channels(); c++) {
            for (int kh = 0; kh < g.kernelHeight(); kh++) {
                for (int kw = 0; kw < g.kernelWidth(); kw++) {
                    int row = (c * g.kernelHeight() + kh) * g.kernelWidth() + kw;
                    for (int oh = 0; oh < g.outputHeight(); oh++) {
                        for (int ow = 0; ow < outW; ow++) {
                            float actual = columns[columnsOffset + row * g.columnCols() + oh * outW + ow];
                            assertEquals(tap(g, image, imageOffset, c, kh, kw, oh, ow), actual,
                                    g + " row " + row + " at " + oh + "," + ow);
                        }
                    }
                }
            }
        }
        assertTrue(Float.isNaN(columns[columnsOffset - 1]) && Float.isNaN(columns[columnsOffset + g.columnSize()]),
                "im2col wrote outside its range");
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void convolutionThroughGemmMatchesDirectLoops(ConvGeometry g) {
        int filters = 3;
        Random random = new Random(2);
        float[] image = random(random, g.imageSize());
        float[] weights = random(random, filters * g.columnRows());
        float[] columns = new float[g.columnSize()];
        Im2col.im2col(g, image, 0, columns, 0);
        float[] out = new float[filters * g.columnCols()];
        Gemm.multiply(filters, g.columnCols(), g.columnRows(), weights, columns, out);

        for (int f = 0; f < filters; f++) {
            for (int oh = 0; oh < g.outputHeight(); oh++) {
                for (int ow = 0; ow < g.outputWidth(); ow++) {
                    double sum = 0;
                    double abs = 0;
                    for (int c = 0; c < g.channels(); c++) {
                        for (int kh = 0; kh < g.kernelHeight(); kh++) {
                            for (int kw = 0; kw < g.kernelWidth(); kw++) {
                                int w = ((f * g.channels() + c) * g.kernelHeight() + kh) * g.kernelWidth() + kw;
                                double term = (double) weights[w] * tap(g, image, 0, c, kh, kw, oh, ow);
                                sum += term;
                                abs += Math.abs(term);
                            }
                        }
                    }
                    // A float dot product of length columnRows: within (k + 4) u sum|terms| (see GemmReference).
                    double bound = (g.columnRows() + 4) * GemmReference.U * abs + Float.MIN_NORMAL;
                    float actual = out[f * g.columnCols() + oh * g.outputWidth() + ow];
                    assertEquals(sum, actual, bound, g + " filter " + f + " at " + oh + "," + ow);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("geometries")
    void col2imIsTheAdjointOfIm2col(ConvGeometry g) {
        Random random = new Random(3);
        float[] x = random(random, g.imageSize());
        float[] y = random(random, g.columnSize());
        float[] im2colX = new float[g.columnSize()];
        Im2col.im2col(g, x, 0, im2colX, 0);
        float[] col2imY = new float[g.imageSize()];
        Im2col.col2im(g, y, 0, col2imY, 0);

        double left = 0;
        double scale = 0;
        for (int i = 0; i < y.length; i++) {
            left += (double) im2colX[i] * y[i];
            scale += Math.abs((double) im2colX[i] * y[i]);
        }
        double right = 0;
        for (int i = 0; i < x.length; i++) {
            right += (double) x[i] * col2imY[i];
        }
        // The products are summed in double; the only float rounding is col2im adding up to
        // kernelHeight * kernelWidth taps per pixel, each add within u of the running sum.
        double bound = g.kernelHeight() * g.kernelWidth() * GemmReference.U * scale + 1e-30;
        assertEquals(left, right, bound, g.toString());
    }

    @Test
    void col2imAccumulatesIntoTheImage() {
        ConvGeometry g = ConvGeometry.square(1, 3, 3, 2, 1, 0);
        float[] ones = new float[g.columnSize()];
        java.util.Arrays.fill(ones, 1f);
        float[] image = new float[g.imageSize()];
        Im2col.col2im(g, ones, 0, image, 0);
        Im2col.col2im(g, ones, 0, image, 0);
        // Each pixel of a 3x3 image is covered by this many 2x2 windows: corners 1, edges 2, centre 4; twice.
        assertEquals(2f, image[0]);
        assertEquals(4f, image[1]);
        assertEquals(8f, image[4]);
    }

    @Test
    void badGeometryAndBuffersAreRejected() {
        IllegalArgumentException large = assertThrows(IllegalArgumentException.class,
                () -> ConvGeometry.square(1, 3, 3, 5, 1, 0));
        assertTrue(large.getMessage().contains("larger than the padded input"), large.getMessage());
        IllegalArgumentException stride = assertThrows(IllegalArgumentException.class,
                () -> new ConvGeometry(1, 3, 3, 1, 1, 0, 1, 0, 0, 1, 1));
        assertTrue(stride.getMessage().contains("strideHeight"), stride.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConvGeometry.square(1, 3, 3, 1, 1, -1));

        ConvGeometry g = ConvGeometry.square(2, 4, 4, 3, 1, 1);
        IllegalArgumentException shortColumns = assertThrows(IllegalArgumentException.class,
                () -> Im2col.im2col(g, new float[g.imageSize()], 0, new float[g.columnSize() - 1], 0));
        assertTrue(shortColumns.getMessage().contains("columns"), shortColumns.getMessage());
        float[] shared = new float[g.imageSize() + g.columnSize()];
        assertThrows(IllegalArgumentException.class, () -> Im2col.col2im(g, shared, g.imageSize(), shared, 0));
    }
}
