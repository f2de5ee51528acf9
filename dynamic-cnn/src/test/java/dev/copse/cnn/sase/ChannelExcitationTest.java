package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.testing.GradientChecks;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** The channel-only skip-layer excitation: a 6x3x3 source scales the channels of a 4x6x6 target. */
class ChannelExcitationTest {

    @Test
    void gradientsWithRespectToSourceTargetAndParameters() {
        TensorShape source = new TensorShape(6, 3, 3);
        TensorShape target = new TensorShape(4, 6, 6);
        ChannelExcitation module = new ChannelExcitation("sle", source, target, 2, ParameterSource.initializing(1));
        for (Parameter p : module.parameters()) {
            if (p.name().equals("sle.fc1.bias")) {
                // +-3 by unit keeps fc1's ReLU away from its kink (see GradientChecks).
                for (int c = 0; c < p.size(); c++) {
                    p.values()[c] = c % 2 == 0 ? 3f : -3f;
                }
            }
        }
        int batch = 2;
        SplittableRandom random = new SplittableRandom(2);
        float[] x = GradientChecks.uniform(batch * source.size(), 1f, random);
        float[] t = GradientChecks.uniform(batch * target.size(), 1f, random);
        float[] r = GradientChecks.uniform(batch * target.size(), 1f, random);
        DoubleSupplier loss = () -> GradientChecks.weightedSum(module.forward(x, t, batch, Mode.TRAIN), r, r.length);
        loss.getAsDouble();
        module.parameters().forEach(Parameter::zeroGradients);
        module.backward(r);
        float[] gradSource = module.sourceGradient().clone();
        float[] gradTarget = module.targetGradient().clone();
        GradientChecks.checkArray("source", x, gradSource, x.length, loss, random);
        GradientChecks.checkArray("target", t, gradTarget, t.length, loss, random);
        for (Parameter p : module.parameters()) {
            GradientChecks.checkArray(p.name(), p.values(), p.gradients().clone(), p.size(), loss, random);
        }
    }
}
