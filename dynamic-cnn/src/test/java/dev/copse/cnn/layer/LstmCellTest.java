package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import dev.copse.cnn.testing.GradientChecks;
import org.junit.jupiter.api.Test;

class LstmCellTest {

    @Test
    void oneUnitByHand() {
        // Input 1, hidden 1; weights 1 for x, 0 for h, bias 0: every gate sees x.
        LstmCell cell = new LstmCell("lstm", 1, 1, ParameterSource.loading(Map.of(
                "lstm.weight_ih", new float[] {1, 1, 1, 1}, "lstm.weight_hh", new float[4],
                "lstm.bias", new float[4])));
        cell.forward(new float[] {0.5f}, null, new float[] {2f}, 1);
        double s = 1 / (1 + Math.exp(-0.5));
        double c = s * 2 + s * Math.tanh(0.5);
        assertEquals(c, cell.cell()[0], 1e-6);
        assertEquals(s * Math.tanh(c), cell.hidden()[0], 1e-6);
    }

    /**
     * Two steps of one shared cell (two replicas), with a non-zero initial state; the loss weighs the second
     * step's hidden and cell states, so gradients flow through both steps and both state paths.
     */
    @Test
    void gradientsThroughTwoStepsAndTheInitialState() {
        SplittableRandom random = new SplittableRandom(3);
        int batch = 2;
        int in = 3;
        int hidden = 4;
        LstmCell first = new LstmCell("lstm", in, hidden, ParameterSource.initializing(4));
        LstmCell second = first.replica();
        float[] x1 = GradientChecks.uniform(batch * in, 1f, random);
        float[] x2 = GradientChecks.uniform(batch * in, 1f, random);
        float[] h0 = GradientChecks.uniform(batch * hidden, 1f, random);
        float[] c0 = GradientChecks.uniform(batch * hidden, 1f, random);
        float[] rh = GradientChecks.uniform(batch * hidden, 1f, random);
        float[] rc = GradientChecks.uniform(batch * hidden, 1f, random);
        DoubleSupplier loss = () -> {
            first.forward(x1, h0, c0, batch);
            second.forward(x2, first.hidden(), first.cell(), batch);
            return GradientChecks.weightedSum(second.hidden(), rh, batch * hidden)
                    + GradientChecks.weightedSum(second.cell(), rc, batch * hidden);
        };
        loss.getAsDouble();
        first.parameters().forEach(Parameter::zeroGradients);
        second.backward(rh, rc);
        first.backward(second.gradHidden(), second.gradCell());
        float[] dx1 = first.gradInput().clone();
        float[] dx2 = second.gradInput().clone();
        float[] dh0 = first.gradHidden().clone();
        float[] dc0 = first.gradCell().clone();
        GradientChecks.checkArray("x1", x1, dx1, x1.length, loss, random);
        GradientChecks.checkArray("x2", x2, dx2, x2.length, loss, random);
        GradientChecks.checkArray("h0", h0, dh0, h0.length, loss, random);
        GradientChecks.checkArray("c0", c0, dc0, c0.length, loss, random);
        for (Parameter p : first.parameters()) {
            GradientChecks.checkArray(p.name(), p.values(), p.gradients().clone(), p.size(), loss, random);
        }
    }

    @Test
    void zeroInitialStateGivesZeroStateGradients() {
        LstmCell cell = new LstmCell("lstm", 2, 3, ParameterSource.initializing(5));
        cell.forward(new float[] {1, -1}, null, null, 1);
        cell.backward(new float[] {1, 1, 1}, null);
        assertEquals(0f, Arrays.stream(new double[] {cell.gradCell()[0], cell.gradCell()[1], cell.gradCell()[2]})
                .map(Math::abs).sum(), 0f);
    }
}
