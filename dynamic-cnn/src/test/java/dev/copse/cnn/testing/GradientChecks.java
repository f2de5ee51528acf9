package dev.copse.cnn.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Finite-difference gradient checks for layers.
 *
 * <p><b>Method.</b> The scalar checked is {@code L = sum_i r_i y_i} for fixed random weights {@code r} in
 * {@code [-1, 1]}: its gradient with respect to the output is {@code r}, which is what {@link
 * Layer#backward} receives. {@code L} is summed in double from the float outputs, and each coordinate's
 * derivative is estimated by the central difference {@code (L(x + h) - L(x - h)) / 2h} with {@code h =
 * 1e-2}.
 *
 * <p><b>Why these numbers.</b> The forward pass is float32: each output carries a relative rounding error of
 * a few {@code 2^-24} times the square root of its terms, so for the few hundred outputs of these tests
 * {@code L} is off by at most about {@code 1e-6}, and dividing by {@code 2h = 0.02} gives an absolute noise of
 * about {@code 5e-5} in each estimate. The truncation error of a central difference is
 * {@code h^2 / 6 * L'''}, about {@code 2e-5} for the smooth layers here (piecewise-linear layers have none
 * away from their kinks). A smaller step would drown in the float noise, a larger one in curvature. The
 * tolerance {@code |numeric - analytic| <= 2e-3 * max(1, |numeric|, |analytic|)} keeps a margin of more
 * than ten over both, while a wrong gradient (a missing term, a transposed index, a factor of two) is off
 * by far more. Inputs are drawn so that no ReLU input lies within a step of its kink, where finite
 * differences are meaningless.
 */
public final class GradientChecks {

    public static final double STEP = 1e-2;
    public static final double TOLERANCE = 2e-3;
    /** Coordinates checked per array, at most (chosen at random beyond that). */
    public static final int MAX_CHECKS = 120;

    private GradientChecks() {
    }

    /**
     * Checks the input gradient and every parameter gradient of {@code layer} at {@code input}, forward in
     * {@code mode}.
     */
    public static void check(Layer layer, float[] input, int batch, Mode mode, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int outSize = batch * layer.outputShape().size();
        float[] r = uniform(outSize, 1f, random);
        DoubleSupplier loss = () -> weightedSum(layer.forward(input, batch, mode), r, outSize);
        loss.getAsDouble();
        layer.parameters().forEach(Parameter::zeroGradients);
        float[] gradInput = layer.backward(r, true).clone();
        checkArray("input", input, gradInput, batch * layer.inputShape().size(), loss, random);
        for (Parameter p : layer.parameters()) {
            float[] analytic = p.gradients().clone();
            checkArray(p.name(), p.values(), analytic, p.size(), loss, random);
        }
    }

    /**
     * Compares {@code analytic[0, length)} with central differences of {@code loss} in {@code values}, on at
     * most {@link #MAX_CHECKS} coordinates.
     */
    public static void checkArray(String what, float[] values, float[] analytic, int length, DoubleSupplier loss,
                           SplittableRandom random) {
        int checks = Math.min(length, MAX_CHECKS);
        double worst = 0;
        for (int t = 0; t < checks; t++) {
            int i = length <= MAX_CHECKS ? t : random.nextInt(length);
            float saved = values[i];
            values[i] = (float) (saved + STEP);
            double plus = loss.getAsDouble();
            values[i] = (float) (saved - STEP);
            double minus = loss.getAsDouble();
            values[i] = saved;
            double numeric = (plus - minus) / (2 * STEP);
            double error = Math.abs(numeric - analytic[i])
                    / Math.max(1, Math.max(Math.abs(numeric), Math.abs(analytic[i])));
            worst = Math.max(worst, error);
            assertTrue(error <= TOLERANCE, what + "[" + i + "]: numeric " + numeric + " vs analytic " + analytic[i]);
        }
        loss.getAsDouble();
        assertTrue(worst <= TOLERANCE, what + ": worst relative error " + worst);
    }

    public static double weightedSum(float[] y, float[] r, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (double) r[i] * y[i];
        }
        return sum;
    }

    public static float[] uniform(int length, float bound, SplittableRandom random) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return values;
    }

    /** Values of magnitude in {@code [margin, 1]} with random signs: none near a ReLU kink. */
    public static float[] awayFromZero(int length, float margin, SplittableRandom random) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            float magnitude = (float) (margin + (1 - margin) * random.nextDouble());
            values[i] = random.nextBoolean() ? magnitude : -magnitude;
        }
        return values;
    }
}
