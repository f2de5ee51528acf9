package dev.copse.efficiency.cost;

/**
 * MAC counts of the standard layers, so that every model counts a convolution the same way.
 *
 * <p>A 2-D convolution producing an {@code outH × outW × cOut} map with a {@code kH × kW} kernel over
 * {@code cIn} input channels in {@code groups} groups performs
 * {@code outH × outW × kH × kW × (cIn / groups) × cOut} MACs: each output value is a dot product over
 * its group's {@code cIn / groups} channels and the kernel window. Bias additions are not MACs; count them
 * as other FLOPs if they matter.
 *
 * <p>Stateless and thread-safe. Throws {@link IllegalArgumentException} for non-positive sizes or channel
 * counts not divisible by {@code groups}, and {@link ArithmeticException} on {@code long} overflow.
 */
public final class LayerMacs {

    private LayerMacs() {
    }

    /**
     * Output length along one axis: ⌊(in + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1 (the usual
     * convolution arithmetic, e.g. Dumoulin and Visin, "A guide to convolution arithmetic", 2016).
     */
    public static int convOutputSize(int input, int kernel, int stride, int padding, int dilation) {
        if (input < 1 || kernel < 1 || stride < 1 || padding < 0 || dilation < 1) {
            throw new IllegalArgumentException("convolution sizes out of range: input " + input + ", kernel " + kernel
                    + ", stride " + stride + ", padding " + padding + ", dilation " + dilation);
        }
        long span = (long) dilation * (kernel - 1) + 1;
        long padded = input + 2L * padding;
        if (span > padded) {
            throw new IllegalArgumentException("kernel span " + span + " exceeds padded input " + padded);
        }
        return Math.toIntExact((padded - span) / stride + 1);
    }

    /** MACs of a 2-D convolution: outH × outW × kH × kW × (cIn / groups) × cOut. */
    public static long conv2d(int outH, int outW, int kH, int kW, int cIn, int cOut, int groups) {
        if (outH < 1 || outW < 1 || kH < 1 || kW < 1 || cIn < 1 || cOut < 1 || groups < 1) {
            throw new IllegalArgumentException("convolution sizes must be >= 1, got out " + outH + "x" + outW
                    + ", kernel " + kH + "x" + kW + ", channels " + cIn + "->" + cOut + ", groups " + groups);
        }
        if (cIn % groups != 0 || cOut % groups != 0) {
            throw new IllegalArgumentException("groups " + groups + " must divide both input channels " + cIn
                    + " and output channels " + cOut);
        }
        long perOutput = Math.multiplyExact((long) kH * kW, cIn / groups);
        return Math.multiplyExact(Math.multiplyExact((long) outH * outW, cOut), perOutput);
    }

    /** MACs of a fully connected layer: in × out. */
    public static long linear(int inFeatures, int outFeatures) {
        if (inFeatures < 1 || outFeatures < 1) {
            throw new IllegalArgumentException("linear layer sizes must be >= 1, got " + inFeatures + " -> "
                    + outFeatures);
        }
        return (long) inFeatures * outFeatures;
    }
}
