package dev.copse.cnn.sase.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.cnn.model.ResNetModel;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.Dataset;
import dev.copse.core.data.ImageShape;
import dev.copse.core.data.Provenance;
import dev.copse.core.json.JsonObject;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    @Test
    void oneDimensionByHand() {
        // a = {0, 2}: mean 1, sample variance 2; b = {1, 5}: mean 3, variance 8.
        // d^2 = (1 - 3)^2 + 2 + 8 - 2 sqrt(2 * 8) = 4 + 10 - 8 = 6.
        assertEquals(6, FrechetDistance.between(new float[] {0, 2}, 2, new float[] {1, 5}, 2, 1), 1e-9);
    }

    @Test
    void shiftedAndScaledCopiesByHand() {
        int n = 50;
        int d = 3;
        float[] a = new float[n * d];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) random.nextGaussian();
        }
        assertEquals(0, FrechetDistance.between(a, n, a, n, d), 1e-9);
        // b = 2 a + (1, 0, -1): Sigma_b = 4 Sigma_a, so d^2 = |mu_b - mu_a|^2 + (1 - 2)^2 Tr Sigma_a.
        float[] b = new float[n * d];
        float[] shift = {1, 0, -1};
        for (int i = 0; i < a.length; i++) {
            b[i] = 2 * a[i] + shift[i % d];
        }
        double[] meanA = new double[d];
        double traceA = 0;
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                meanA[j] += a[i * d + j] / (double) n;
            }
            for (int i = 0; i < n; i++) {
                traceA += Math.pow(a[i * d + j] - meanA[j], 2) / (n - 1);
            }
        }
        double meanShift = 0;
        for (int j = 0; j < d; j++) {
            meanShift += Math.pow(meanA[j] + shift[j], 2);  // mu_b - mu_a = mu_a + shift
        }
        assertEquals(meanShift + traceA, FrechetDistance.between(a, n, b, n, d), 1e-4);
    }

    @Test
    void twoDimensionalCovariancesThatDoNotCommute() {
        // For 2x2 A with non-negative eigenvalues, Tr sqrt(A) = sqrt(Tr A + 2 sqrt(det A)); with A = S1 S2 this
        // gives the cross term without any matrix square root. Rows: a spread along x = y, b along x.
        float[] a = {1, 1, -1, -1, 0.5f, 0.3f, -0.5f, -0.3f};
        float[] b = {2, 0, -2, 0, 0, 0.5f, 0, -0.5f};
        double[] s1 = covariance2(a);
        double[] s2 = covariance2(b);
        double[] p = {s1[0] * s2[0] + s1[1] * s2[2], s1[0] * s2[1] + s1[1] * s2[3],
            s1[2] * s2[0] + s1[3] * s2[2], s1[2] * s2[1] + s1[3] * s2[3]};
        double det = (s1[0] * s1[3] - s1[1] * s1[2]) * (s2[0] * s2[3] - s2[1] * s2[2]);
        double cross = Math.sqrt(p[0] + p[3] + 2 * Math.sqrt(det));
        double expected = s1[0] + s1[3] + s2[0] + s2[3] - 2 * cross; // both means are 0
        assertEquals(expected, FrechetDistance.between(a, 4, b, 4, 2), 1e-6);
    }

    @Test
    void classifierFeaturesOfASetWithItselfAreAtDistanceZero() {
        ResNetModel classifier = ResNetModel.of(ResNetSpec.builder().widths(4, 4, 4).inputShape(1, 8, 8).classes(2)
                .build().initialize(3), List.of("a", "b"), JsonObject.empty());
        Dataset real = images(12, 4);
        Dataset other = images(12, 5);
        assertEquals(0, FrechetDistance.onClassifierFeatures(classifier, real, real), 1e-6);
        assertTrue(FrechetDistance.onClassifierFeatures(classifier, real, other) > 0);
        assertThrows(IllegalArgumentException.class,
                () -> FrechetDistance.between(new float[2], 1, new float[4], 2, 2));
    }

    private static double[] covariance2(float[] rows) {
        int n = rows.length / 2;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += rows[2 * i] / (double) n;
            my += rows[2 * i + 1] / (double) n;
        }
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            double x = rows[2 * i] - mx;
            double y = rows[2 * i + 1] - my;
            xx += x * x / (n - 1);
            xy += x * y / (n - 1);
            yy += y * y / (n - 1);
        }
        return new double[] {xx, xy, xy, yy};
    }

    private static Dataset images(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[rows * 64];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = i % 2;
        }
        ImageShape shape = new ImageShape(1, 8, 8);
        return Dataset.of(x, y, List.of("a", "b"), Dataset.pixelFeatureNames(shape), shape,
                new Provenance("synthetic test images", "0".repeat(64)));
    }
}
