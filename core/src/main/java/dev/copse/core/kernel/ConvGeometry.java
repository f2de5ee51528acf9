package dev.copse.core.kernel;

/**
 * The shape of one 2-D convolution over one image in NCHW layout ({@code channels x height x width}, row
 * by row), as {@link Im2col} lowers it to a matrix product.
 *
 * <p>Output size, as in every deep-learning framework:
 * {@code outputHeight = (height + 2 * padHeight - dilationHeight * (kernelHeight - 1) - 1) / strideHeight + 1},
 * likewise for the width. The column matrix has {@link #columnRows()} {@code = channels * kernelHeight *
 * kernelWidth} rows (ordered channel, kernel row, kernel column) and {@link #columnCols()}
 * {@code = outputHeight * outputWidth} columns, so a convolution with weights {@code W [filters][columnRows]}
 * is {@code W * columns}.
 *
 * @param channels       input channels, {@code >= 1}
 * @param height         input height, {@code >= 1}
 * @param width          input width, {@code >= 1}
 * @param kernelHeight   kernel height, {@code >= 1}
 * @param kernelWidth    kernel width, {@code >= 1}
 * @param strideHeight   vertical stride, {@code >= 1}
 * @param strideWidth    horizontal stride, {@code >= 1}
 * @param padHeight      zero rows added above and below, {@code >= 0}
 * @param padWidth       zero columns added left and right, {@code >= 0}
 * @param dilationHeight vertical spacing of kernel taps, {@code >= 1}
 * @param dilationWidth  horizontal spacing of kernel taps, {@code >= 1}
 */
public record ConvGeometry(int channels, int height, int width, int kernelHeight, int kernelWidth,
                           int strideHeight, int strideWidth, int padHeight, int padWidth,
                           int dilationHeight, int dilationWidth) {

    /**
     * @throws IllegalArgumentException naming the field that is out of range, when the dilated kernel does
     *                                  not fit the padded input, or when a buffer would exceed an array
     */
    public ConvGeometry {
        positive("channels", channels);
        positive("height", height);
        positive("width", width);
        positive("kernelHeight", kernelHeight);
        positive("kernelWidth", kernelWidth);
        positive("strideHeight", strideHeight);
        positive("strideWidth", strideWidth);
        positive("dilationHeight", dilationHeight);
        positive("dilationWidth", dilationWidth);
        if (padHeight < 0 || padWidth < 0) {
            throw new IllegalArgumentException(
                    "convolution padding must be >= 0, got padHeight=" + padHeight + ", padWidth=" + padWidth);
        }
        long spanH = (long) dilationHeight * (kernelHeight - 1) + 1;
        long spanW = (long) dilationWidth * (kernelWidth - 1) + 1;
        if (spanH > height + 2L * padHeight || spanW > width + 2L * padWidth) {
            throw new IllegalArgumentException("convolution kernel (dilated extent " + spanH + " x " + spanW
                    + ") is larger than the padded input (" + (height + 2L * padHeight) + " x "
                    + (width + 2L * padWidth) + ")");
        }
        long outH = (height + 2L * padHeight - spanH) / strideHeight + 1;
        long outW = (width + 2L * padWidth - spanW) / strideWidth + 1;
        long columns = (long) channels * kernelHeight * kernelWidth * outH * outW;
        long image = (long) channels * height * width;
        if (columns > Integer.MAX_VALUE - 8 || image > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("convolution buffers too large for one array: image " + image
                    + " floats, columns " + columns + " floats");
        }
    }

    /**
     * A square kernel with the same stride and padding in both directions and no dilation.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static ConvGeometry square(int channels, int height, int width, int kernel, int stride, int padding) {
        return new ConvGeometry(channels, height, width, kernel, kernel, stride, stride, padding, padding, 1, 1);
    }

    /** Rows of the output feature map. */
    public int outputHeight() {
        return (int) ((height + 2L * padHeight - (long) dilationHeight * (kernelHeight - 1) - 1) / strideHeight + 1);
    }

    /** Columns of the output feature map. */
    public int outputWidth() {
        return (int) ((width + 2L * padWidth - (long) dilationWidth * (kernelWidth - 1) - 1) / strideWidth + 1);
    }

    /** Floats in one input image, {@code channels * height * width}. */
    public int imageSize() {
        return channels * height * width;
    }

    /** Rows of the column matrix, {@code channels * kernelHeight * kernelWidth}. */
    public int columnRows() {
        return channels * kernelHeight * kernelWidth;
    }

    /** Columns of the column matrix, {@code outputHeight * outputWidth}. */
    public int columnCols() {
        return outputHeight() * outputWidth();
    }

    /** Floats in the column matrix, {@code columnRows() * columnCols()}. */
    public int columnSize() {
        return columnRows() * columnCols();
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("convolution " + field + " must be >= 1, got " + value);
        }
    }
}
