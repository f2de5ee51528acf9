package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.testing.GradientChecks;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The gate's backward against central differences: for {@code L = sum_steps sum r * p} the gradient with
 * respect to the probabilities is {@code r}, which is what the straight-through rule hands the gate; the
 * check covers the softmax, the shared output layer, the shared LSTM cell over three steps and the per-block
 * projections.
 */
class BitwidthGateTest {

    private static final int BATCH = 3;

    @Test
    void straightThroughGradientMatchesFiniteDifferences() {
        List<TensorShape> inputs = List.of(new TensorShape(4, 3, 3), new TensorShape(6, 2, 2), new TensorShape(6, 2, 2));
        BitwidthGate gate = new BitwidthGate(inputs, new int[] {1, 2, 3}, 5, ParameterSource.initializing(7));
        SplittableRandom random = new SplittableRandom(8);
        float[][] features = new float[inputs.size()][];
        float[][] r = new float[inputs.size()][];
        for (int s = 0; s < inputs.size(); s++) {
            features[s] = GradientChecks.uniform(BATCH * inputs.get(s).size(), 2f, random);
            r[s] = GradientChecks.uniform(BATCH * 5, 1f, random);
        }
        DoubleSupplier loss = () -> {
            gate.reset(BATCH);
            double sum = 0;
            for (int s = 0; s < features.length; s++) {
                sum += GradientChecks.weightedSum(gate.step(features[s], Mode.TRAIN), r[s], BATCH * 5);
            }
            return sum;
        };
        loss.getAsDouble();
        gate.parameters().forEach(Parameter::zeroGradients);
        gate.backward(r);
        assertEquals(3 * 2 + 3 + 2, gate.parameters().size());
        for (Parameter p : gate.parameters()) {
            GradientChecks.checkArray(p.name(), p.values(), p.gradients().clone(), p.size(), loss, random);
        }
    }

    @Test
    void decisionIsTheArgmaxWithTiesToTheCheaperOption() {
        assertEquals(2, BitwidthGate.argmax(new float[] {0.1f, 0.2f, 0.5f, 0.2f}, 0, 4));
        assertEquals(0, BitwidthGate.argmax(new float[] {9f, 0.4f, 0.2f, 0.4f}, 1, 3));
    }
}
