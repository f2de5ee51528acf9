package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copse.cnn.testing.GradientChecks;
import dev.copse.efficiency.cost.Bitwidths;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A channel-skipped convolution must equal the full convolution restricted to its channels (input channels
 * beyond the subset set to zero, output channels beyond it dropped), and its ledger must count only its work.
 */
class ConvChannelSubsetTest {

    private static final TensorShape INPUT = new TensorShape(6, 9, 8);
    private static final List<ConvSpec> SPECS = List.of(
            ConvSpec.square(6, 8, 3, 1, 1),
            ConvSpec.square(6, 8, 3, 2, 1).withBias(true),
            ConvSpec.square(6, 8, 1, 2, 0),
            ConvSpec.square(6, 8, 1, 1, 0),
            ConvSpec.square(6, 8, 5, 1, 0).withDilation(1));

    @Test
    void equalsTheFullConvolutionRestrictedToTheChannels() {
        SplittableRandom random = new SplittableRandom(4);
        int batch = 3;
        int[][] subsets = {{6, 8}, {4, 3}, {1, 1}, {6, 2}, {3, 8}};
        for (ConvSpec spec : SPECS) {
            Conv2d conv = new Conv2d("c", spec, INPUT, ParameterSource.initializing(12));
            for (int[] s : subsets) {
                assertRestrictionEqual(conv, batch, s[0], s[1], 32, random);
            }
        }
    }

    @Test
    void quantizedSubsetEqualsTheQuantizedFullConvolutionRestricted() {
        SplittableRandom random = new SplittableRandom(5);
        Conv2d conv = new Conv2d("c", ConvSpec.square(6, 8, 3, 1, 1), INPUT, ParameterSource.initializing(13));
        conv.forward(GradientChecks.uniform(4 * INPUT.size(), 1f, random), 4, Mode.TRAIN, 4);
        assertRestrictionEqual(conv, 2, 3, 5, 4, random);
    }

    private static void assertRestrictionEqual(Conv2d conv, int batch, int in, int out, int bits,
                                               SplittableRandom random) {
        int plane = INPUT.plane();
        float[] compact = GradientChecks.uniform(batch * in * plane, 1f, random);
        float[] padded = new float[batch * INPUT.size()];
        for (int n = 0; n < batch; n++) {
            System.arraycopy(compact, n * in * plane, padded, n * INPUT.size(), in * plane);
        }
        float[] full = conv.forward(padded, batch, Mode.EVAL, bits).clone();
        ConvChannelSubset subset = conv.channels(in, out);
        float[] actual = subset.forward(compact, batch, bits);
        int outPlane = conv.outputShape().plane();
        assertEquals(new TensorShape(out, conv.outputShape().height(), conv.outputShape().width()),
                subset.outputShape());
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < out * outPlane; i++) {
                float expected = full[n * conv.outputShape().size() + i];
                float got = actual[n * out * outPlane + i];
                assertEquals(expected, got, 1e-5f * (1 + Math.abs(expected)),
                        conv.spec() + " " + in + "->" + out + " at sample " + n + " value " + i);
            }
        }
    }

    @Test
    void ledgerCountsOnlyTheChannelsThatRun() {
        Conv2d conv = new Conv2d("c", ConvSpec.square(6, 8, 3, 1, 1), INPUT, ParameterSource.initializing(14));
        CostLedger fullLedger = new CostLedger();
        conv.recordCost(fullLedger, 32);
        CostLedger subsetLedger = new CostLedger();
        conv.channels(3, 4).recordCost(subsetLedger, 8);
        // 9 x 8 outputs, 3x3 taps: 72 * 9 * 6 * 8 = 31,104 MACs in full; 72 * 9 * 3 * 4 = 7,776 for 3 -> 4 channels.
        assertEquals(31_104L, fullLedger.totalMacs());
        Cost cost = subsetLedger.snapshot();
        assertEquals(7_776L, cost.macs(new Bitwidths(8, 8)));
        assertEquals(7_776L, cost.totalMacs());
        // weights 4 x 27 at 8 bits, input 3 x 72 at 8 bits, output 4 x 72 floats
        assertEquals(108L, cost.parameterBytesRead());
        assertEquals(216L + 4 * 288L, cost.activationBytesMoved());
    }

    @Test
    void batchNormOnTheFirstChannelsEqualsItsInferenceRestricted() {
        SplittableRandom random = new SplittableRandom(6);
        TensorShape shape = new TensorShape(6, 5, 5);
        BatchNorm2d bn = BatchNorm2d.withRelu("bn", shape, ParameterSource.initializing(17));
        for (Parameter p : bn.parameters()) {
            float[] v = p.values();
            for (int i = 0; i < v.length; i++) {
                v[i] += (float) random.nextDouble(-0.5, 0.5);
            }
        }
        for (int step = 0; step < 3; step++) {
            bn.forward(GradientChecks.uniform(4 * shape.size(), 2f, random), 4, Mode.TRAIN);
        }
        int batch = 2;
        int channels = 4;
        float[] compact = GradientChecks.uniform(batch * channels * 25, 2f, random);
        float[] padded = new float[batch * shape.size()];
        for (int n = 0; n < batch; n++) {
            System.arraycopy(compact, n * channels * 25, padded, n * shape.size(), channels * 25);
        }
        float[] full = bn.forward(padded, batch, Mode.EVAL).clone();
        float[] actual = bn.inferenceChannels(compact, batch, channels);
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < channels * 25; i++) {
                assertEquals(full[n * shape.size() + i], actual[n * channels * 25 + i], "sample " + n + " value " + i);
            }
        }
        CostLedger ledger = new CostLedger();
        bn.recordChannelsCost(ledger, channels);
        // 4 channels x 25 values: 2 FLOPs and 1 comparison each; 8 bytes of coefficients per channel
        assertEquals(200L, ledger.snapshot().otherFlops());
        assertEquals(100L, ledger.snapshot().comparisons());
        assertEquals(32L, ledger.snapshot().parameterBytesRead());
        assertThrows(IllegalArgumentException.class, () -> bn.inferenceChannels(compact, batch, 7));
    }

    @Test
    void viewsAreReusedAndBadSubsetsRejected() {
        Conv2d conv = new Conv2d("c", ConvSpec.square(6, 8, 3, 1, 1), INPUT, ParameterSource.initializing(15));
        assertSame(conv.channels(2, 3), conv.channels(2, 3));
        assertThrows(IllegalArgumentException.class, () -> conv.channels(7, 3));
        assertThrows(IllegalArgumentException.class, () -> conv.channels(2, 0));
        Conv2d grouped = new Conv2d("g", ConvSpec.square(6, 8, 3, 1, 1).withGroups(2), INPUT,
                ParameterSource.initializing(16));
        assertThrows(IllegalArgumentException.class, () -> grouped.channels(6, 8));
        assertThrows(IllegalArgumentException.class,
                () -> conv.channels(2, 3).forward(new float[2 * 72 - 1], 1, 32));
    }
}
