package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cnn.quant.UniformQuantizer;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class Conv2dTest {

    private static Conv2d withWeights(ConvSpec spec, TensorShape input, float[] weights) {
        return new Conv2d("c", spec, input, ParameterSource.loading(Map.of("c.weight", weights,
                "c.input_range", new float[3])));
    }

    @Test
    void tinyConvolutionMatchesHandComputation() {
        float[] image = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        TensorShape input = new TensorShape(1, 3, 3);
        Conv2d valid = withWeights(ConvSpec.square(1, 1, 2, 1, 0), input, new float[] {1, 2, 3, 4});
        float[] out = valid.forward(image, 1, Mode.EVAL);
        // out(0,0) = 1*1 + 2*2 + 4*3 + 5*4 = 37, and so on one step right and down.
        assertArrayEquals(new float[] {37, 47, 67, 77}, Arrays.copyOf(out, 4));
        assertEquals(new TensorShape(1, 2, 2), valid.outputShape());

        Conv2d padded = withWeights(ConvSpec.square(1, 1, 2, 2, 1), input, new float[] {1, 2, 3, 4});
        // Windows start at (-1,-1), (-1,1), (1,-1), (1,1): 1*4 = 4; 2*3 + 3*4 = 18; 4*2 + 7*4 = 36; 77.
        assertArrayEquals(new float[] {4, 18, 36, 77}, Arrays.copyOf(padded.forward(image, 1, Mode.EVAL), 4));
    }

    @Test
    void groupedConvolutionEqualsSeparateConvolutionsOnChannelHalves() {
        SplittableRandom random = new SplittableRandom(3);
        TensorShape input = new TensorShape(4, 6, 6);
        ConvSpec spec = ConvSpec.square(4, 6, 3, 1, 2).withGroups(2).withDilation(2);
        float[] weights = GradientChecks.uniform(6 * 2 * 9, 1f, random);
        Conv2d grouped = withWeights(spec, input, weights);
        float[] x = GradientChecks.uniform(2 * input.size(), 1f, random);
        float[] y = grouped.forward(x, 2, Mode.EVAL);
        TensorShape half = new TensorShape(2, 6, 6);
        ConvSpec single = ConvSpec.square(2, 3, 3, 1, 2).withDilation(2);
        for (int g = 0; g < 2; g++) {
            Conv2d part = withWeights(single, half, Arrays.copyOfRange(weights, g * 54, (g + 1) * 54));
            for (int n = 0; n < 2; n++) {
                float[] slab = Arrays.copyOfRange(x, n * input.size() + g * half.size(), n * input.size()
                        + (g + 1) * half.size());
                float[] expected = part.forward(slab, 1, Mode.EVAL);
                int plane = grouped.outputShape().plane();
                float[] actual = Arrays.copyOfRange(y, n * grouped.outputShape().size() + g * 3 * plane,
                        n * grouped.outputShape().size() + (g + 1) * 3 * plane);
                assertArrayEquals(Arrays.copyOf(expected, 3 * plane), actual, 1e-5f);
            }
        }
    }

    @Test
    void gradientsOfStridedPaddedConvolutionWithBias() {
        SplittableRandom random = new SplittableRandom(11);
        TensorShape input = new TensorShape(3, 5, 5);
        Conv2d conv = new Conv2d("c", ConvSpec.square(3, 4, 3, 2, 1).withBias(true), input,
                ParameterSource.initializing(5));
        GradientChecks.check(conv, GradientChecks.uniform(2 * input.size(), 1f, random), 2, Mode.TRAIN, 12);
    }

    @Test
    void gradientsOfGroupedDilatedConvolution() {
        SplittableRandom random = new SplittableRandom(21);
        TensorShape input = new TensorShape(4, 7, 7);
        Conv2d conv = new Conv2d("c", ConvSpec.square(4, 6, 3, 1, 2).withGroups(2).withDilation(2), input,
                ParameterSource.initializing(6));
        GradientChecks.check(conv, GradientChecks.uniform(2 * input.size(), 1f, random), 2, Mode.TRAIN, 22);
    }

    @Test
    void gradientsOfPointwiseAndRectangularConvolutions() {
        SplittableRandom random = new SplittableRandom(31);
        TensorShape input = new TensorShape(3, 4, 5);
        Conv2d pointwise = new Conv2d("p", ConvSpec.square(3, 2, 1, 1, 0), input, ParameterSource.initializing(7));
        GradientChecks.check(pointwise, GradientChecks.uniform(3 * input.size(), 1f, random), 3, Mode.TRAIN, 32);
        Conv2d rectangular = new Conv2d("r", new ConvSpec(3, 2, 1, 3, 2, 1, 0, 1, 1, 1, 1, true), input,
                ParameterSource.initializing(8));
        GradientChecks.check(rectangular, GradientChecks.uniform(3 * input.size(), 1f, random), 3, Mode.TRAIN, 33);
    }

    @Test
    void batchResultsEqualPerSampleResults() {
        SplittableRandom random = new SplittableRandom(41);
        TensorShape input = new TensorShape(16, 8, 8);
        Conv2d conv = new Conv2d("c", ConvSpec.square(16, 16, 3, 1, 1), input, ParameterSource.initializing(9));
        Conv2d single = conv.replica();
        int batch = 10;
        float[] x = GradientChecks.uniform(batch * input.size(), 1f, random);
        float[] dy = GradientChecks.uniform(batch * conv.outputShape().size(), 1f, random);
        float[] y = conv.forward(x, batch, Mode.TRAIN).clone();
        conv.weight().zeroGradients();
        float[] dx = conv.backward(dy, true).clone();
        float[] batchGrad = conv.weight().gradients().clone();
        conv.weight().zeroGradients();
        int in = input.size();
        int out = conv.outputShape().size();
        for (int n = 0; n < batch; n++) {
            float[] yn = single.forward(Arrays.copyOfRange(x, n * in, (n + 1) * in), 1, Mode.TRAIN);
            assertArrayEquals(Arrays.copyOfRange(y, n * out, (n + 1) * out), Arrays.copyOf(yn, out));
            float[] dxn = single.backward(Arrays.copyOfRange(dy, n * out, (n + 1) * out), true);
            assertArrayEquals(Arrays.copyOfRange(dx, n * in, (n + 1) * in), Arrays.copyOf(dxn, in));
        }
        assertArrayEquals(conv.weight().gradients(), batchGrad, 1e-3f);
    }

    @Test
    void thirtyTwoBitsIsThePlainConvolution() {
        SplittableRandom random = new SplittableRandom(51);
        TensorShape input = new TensorShape(2, 5, 5);
        Conv2d conv = new Conv2d("c", ConvSpec.square(2, 3, 3, 1, 1), input, ParameterSource.initializing(10));
        float[] x = GradientChecks.uniform(2 * input.size(), 1f, random);
        float[] plain = conv.forward(x, 2, Mode.TRAIN).clone();
        assertArrayEquals(plain, conv.forward(x, 2, Mode.TRAIN, 32).clone());
    }

    @Test
    void quantizedConvolutionUsesQuantizedWeightsAndInputsWithStraightThroughGradients() {
        SplittableRandom random = new SplittableRandom(61);
        TensorShape input = new TensorShape(2, 5, 5);
        Conv2d conv = new Conv2d("c", ConvSpec.square(2, 3, 3, 1, 1), input, ParameterSource.initializing(11));
        int batch = 2;
        float[] x = GradientChecks.uniform(batch * input.size(), 1f, random);
        float[] w = conv.weight().values();
        float[] qw = new float[w.length];
        UniformQuantizer.quantize(w, 0, w.length, min(w), max(w), 4, qw, 0);
        float[] qx = new float[x.length];
        UniformQuantizer.quantize(x, 0, x.length, min(x), max(x), 4, qx, 0);
        Conv2d reference = withWeights(conv.spec(), input, qw);
        float[] dy = GradientChecks.uniform(batch * conv.outputShape().size(), 1f, random);

        float[] y = conv.forward(x, batch, Mode.TRAIN, 4).clone();
        assertArrayEquals(Arrays.copyOf(reference.forward(qx, batch, Mode.TRAIN), y.length), y, 1e-5f);
        conv.weight().zeroGradients();
        float[] dx = conv.backward(dy, true).clone();
        float[] dxReference = reference.backward(dy, true);
        // Straight through: the float weights receive the gradient of the quantized ones, and inside the
        // (batch) range the input gradient passes unchanged.
        assertArrayEquals(reference.weight().gradients(), conv.weight().gradients(), 1e-5f);
        assertArrayEquals(Arrays.copyOf(dxReference, dx.length), dx, 1e-5f);
    }

    @Test
    void quantizedInferenceNeedsARangeFromTraining() {
        TensorShape input = new TensorShape(1, 3, 3);
        Conv2d conv = new Conv2d("c", ConvSpec.square(1, 1, 3, 1, 1), input, ParameterSource.initializing(1));
        float[] x = new float[9];
        assertThrows(IllegalStateException.class, () -> conv.forward(x, 1, Mode.EVAL, 8));
        conv.forward(x, 1, Mode.TRAIN, 8);
        conv.forward(x, 1, Mode.EVAL, 8);
        assertThrows(IllegalArgumentException.class, () -> conv.forward(x, 1, Mode.EVAL, 0));
    }

    @Test
    void costCountsMacsAtTheCallsBitwidth() {
        TensorShape input = new TensorShape(16, 8, 8);
        Conv2d conv = new Conv2d("c", ConvSpec.square(16, 32, 3, 2, 1), input, ParameterSource.initializing(1));
        CostLedger ledger = new CostLedger();
        conv.recordCost(ledger, 8);
        Cost cost = ledger.snapshot();
        // 4 x 4 outputs x 32 filters x 16 channels x 9 taps.
        assertEquals(4L * 4 * 32 * 16 * 9, cost.macs(Bitwidths.uniform(8)));
        assertEquals(32L * 16 * 9, cost.parameterBytesRead());
        assertEquals(16L * 64 + 4L * 32 * 16, cost.activationBytesMoved());
    }

    private static float min(float[] v) {
        float m = Float.POSITIVE_INFINITY;
        for (float x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static float max(float[] v) {
        float m = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
