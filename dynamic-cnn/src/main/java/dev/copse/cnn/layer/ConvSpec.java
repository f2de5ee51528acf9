package dev.copse.cnn.layer;

import dev.copse.core.kernel.ConvGeometry;

/**
 * The configuration of a 2-D convolution ({@link Conv2d}).
 *
 * @param inChannels  input channels, {@code >= 1}, divisible by {@code groups}
 * @param outChannels filters, {@code >= 1}, divisible by {@code groups}
 * @param kernelH     kernel rows, {@code >= 1}
 * @param kernelW     kernel columns, {@code >= 1}
 * @param strideH     vertical stride, {@code >= 1}
 * @param strideW     horizontal stride, {@code >= 1}
 * @param padH        zero rows above and below, {@code >= 0}
 * @param padW        zero columns left and right, {@code >= 0}
 * @param dilationH   vertical spacing of kernel taps, {@code >= 1}
 * @param dilationW   horizontal spacing of kernel taps, {@code >= 1}
 * @param groups      channel groups: group {@code g} maps input channels {@code [g C/G, (g+1) C/G)} to
 *                    filters {@code [g F/G, (g+1) F/G)}; {@code >= 1}
 * @param bias        whether each filter has a learned bias (off before batch normalisation)
 */
public record ConvSpec(int inChannels, int outChannels, int kernelH, int kernelW, int strideH, int strideW,
                       int padH, int padW, int dilationH, int dilationW, int groups, boolean bias) {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public ConvSpec {
        positive("inChannels", inChannels);
        positive("outChannels", outChannels);
        positive("kernelH", kernelH);
        positive("kernelW", kernelW);
        positive("strideH", strideH);
        positive("strideW", strideW);
        positive("dilationH", dilationH);
        positive("dilationW", dilationW);
        positive("groups", groups);
        if (padH < 0 || padW < 0) {
            throw new IllegalArgumentException("ConvSpec padding must be >= 0, got " + padH + " x " + padW);
        }
        if (inChannels % groups != 0 || outChannels % groups != 0) {
            throw new IllegalArgumentException("ConvSpec.groups (" + groups + ") must divide inChannels ("
                    + inChannels + ") and outChannels (" + outChannels + ")");
        }
    }

    /** A square kernel with equal stride and padding in both directions, no dilation, one group, no bias. */
    public static ConvSpec square(int inChannels, int outChannels, int kernel, int stride, int padding) {
        return new ConvSpec(inChannels, outChannels, kernel, kernel, stride, stride, padding, padding, 1, 1, 1, false);
    }

    /** This convolution with {@code groups} channel groups. */
    public ConvSpec withGroups(int groups) {
        return new ConvSpec(inChannels, outChannels, kernelH, kernelW, strideH, strideW, padH, padW, dilationH,
                dilationW, groups, bias);
    }

    /** This convolution with dilation {@code dilation} in both directions. */
    public ConvSpec withDilation(int dilation) {
        return new ConvSpec(inChannels, outChannels, kernelH, kernelW, strideH, strideW, padH, padW, dilation,
                dilation, groups, bias);
    }

    /** This convolution with or without a bias. */
    public ConvSpec withBias(boolean bias) {
        return new ConvSpec(inChannels, outChannels, kernelH, kernelW, strideH, strideW, padH, padW, dilationH,
                dilationW, groups, bias);
    }

    /** Output shape for an input of {@code height x width}. */
    public TensorShape outputShape(int height, int width) {
        ConvGeometry g = geometry(height, width);
        return new TensorShape(outChannels, g.outputHeight(), g.outputWidth());
    }

    /**
     * The lowering geometry of ONE group over an input of {@code height x width}.
     *
     * @throws IllegalArgumentException when the dilated kernel does not fit the padded input
     */
    public ConvGeometry geometry(int height, int width) {
        return new ConvGeometry(inChannels / groups, height, width, kernelH, kernelW,
                strideH, strideW, padH, padW, dilationH, dilationW);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("ConvSpec." + field + " must be >= 1, got " + value);
        }
    }
}
