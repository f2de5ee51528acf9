package dev.copse.cascade.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cascade.member.InputBlocks;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceGatesTest {

    private static final int CLASSES = 3;

    /**
     * {@code n} rows of three blocks: 4 informative features (the label is the argmax of three linear
     * functions of them plus a little noise), 6 columns of pure noise, and a 3-column block that is a noisy
     * one-hot of the label (like a good earlier level's class vector).
     */
    private static Synthetic synthetic(int n, long seed) {
        Random random = new Random(seed);
        int width = 4 + 6 + 3;
        float[] x = new float[n * width];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            float[] f = new float[4];
            for (int j = 0; j < 4; j++) {
                f[j] = (float) random.nextGaussian();
            }
            double[] score = {f[0] + f[1], f[2] - f[0], f[3] - f[1]};
            int label = 0;
            for (int k = 1; k < CLASSES; k++) {
                label = score[k] + 0.3 * random.nextGaussian() > score[label] ? k : label;
            }
            y[i] = label;
            System.arraycopy(f, 0, x, i * width, 4);
            for (int j = 0; j < 6; j++) {
                x[i * width + 4 + j] = (float) random.nextGaussian();
            }
            for (int k = 0; k < CLASSES; k++) {
                x[i * width + 10 + k] = (k == label ? 0.7f : 0.15f) + 0.1f * (float) random.nextGaussian();
            }
        }
        return new Synthetic(x, y, n, new InputBlocks(new int[] {4, 6, 3}, false));
    }

    private record Synthetic(float[] x, int[] y, int n, InputBlocks blocks) {
    }

    @Test
    void theNoiseBlockIsCutAndTheInformativeOnesSurvive() {
        Synthetic data = synthetic(2000, 7);
        List<Source> candidates = List.of(Source.features(), Source.level(0), Source.level(1));
        List<SourceGate> gates = SourceGates.learn(LearnedConnectivity.defaults(), candidates, data.x(), data.n(),
                data.blocks(), data.y(), CLASSES, 11);
        assertEquals(candidates, gates.stream().map(SourceGate::source).toList());
        assertTrue(gates.get(0).kept(), gates.toString());
        assertFalse(gates.get(1).kept(), gates.toString());
        assertTrue(gates.get(2).kept(), gates.toString());
        assertTrue(gates.get(1).gate() < 0.5 * Math.min(gates.get(0).gate(), gates.get(2).gate()), gates.toString());
    }

    @Test
    void withoutTheL1PenaltyNothingIsCut() {
        Synthetic data = synthetic(2000, 7);
        List<Source> candidates = List.of(Source.features(), Source.level(0), Source.level(1));
        List<SourceGate> gates = SourceGates.learn(LearnedConnectivity.defaults().withL1(0), candidates, data.x(),
                data.n(), data.blocks(), data.y(), CLASSES, 11);
        assertTrue(gates.stream().allMatch(SourceGate::kept), gates.toString());
    }

    @Test
    void oneSeedGivesTheSameGates() {
        Synthetic data = synthetic(600, 3);
        List<Source> candidates = List.of(Source.features(), Source.level(0), Source.level(1));
        LearnedConnectivity options = LearnedConnectivity.defaults();
        assertEquals(SourceGates.learn(options, candidates, data.x(), data.n(), data.blocks(), data.y(), CLASSES, 5),
                SourceGates.learn(options, candidates, data.x(), data.n(), data.blocks(), data.y(), CLASSES, 5));
    }

    @Test
    void gradientsMatchFiniteDifferencesOfTheLoss() {
        Synthetic data = synthetic(40, 9);
        LearnedConnectivity options = new LearnedConnectivity(0.05, 0.01, 0.1, 1, 100, 0.01);
        GateProbe probe = new GateProbe(options, data.blocks(), CLASSES);
        Random random = new Random(2);
        for (int k = 0; k < probe.weights.length; k++) {
            probe.weights[k] = (float) (0.5 * random.nextGaussian());
        }
        for (int s = 0; s < probe.logits.length; s++) {
            probe.logits[s] = (float) random.nextGaussian();
        }
        float[] weightGrad = new float[probe.weights.length];
        float[] gateGrad = new float[probe.logits.length];
        probe.gradients(data.x(), data.n(), data.y(), weightGrad, gateGrad);
        for (int k = 0; k < probe.weights.length; k += 3) {
            assertEquals(numeric(probe, probe.weights, k, data), weightGrad[k], 2e-3, "weight " + k);
        }
        for (int s = 0; s < probe.logits.length; s++) {
            assertEquals(numeric(probe, probe.logits, s, data), gateGrad[s], 2e-3, "gate logit " + s);
        }
    }

    private static double numeric(GateProbe probe, float[] parameters, int k, Synthetic data) {
        float saved = parameters[k];
        float h = 1e-2f;
        parameters[k] = saved + h;
        double plus = probe.loss(data.x(), data.n(), data.y());
        parameters[k] = saved - h;
        double minus = probe.loss(data.x(), data.n(), data.y());
        parameters[k] = saved;
        return (plus - minus) / (2 * h);
    }
}
