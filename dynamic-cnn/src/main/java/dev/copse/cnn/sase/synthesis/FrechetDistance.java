package dev.copse.cnn.sase.synthesis;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.model.ResNet;
import dev.copse.cnn.model.ResNetModel;
import dev.copse.core.data.Dataset;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet distance between two sets of feature vectors, each summarised by a Gaussian with its mean and
 * sample covariance (Dowson and Landau, 1982; the formula behind Heusel et al.'s FID, NeurIPS 2017):
 * <pre>
 *   d^2 = |mu_1 - mu_2|^2 + Tr(Sigma_1 + Sigma_2 - 2 (Sigma_1 Sigma_2)^(1/2))
 * </pre>
 * {@code Tr (Sigma_1 Sigma_2)^(1/2)} is computed as {@code Tr (R Sigma_2 R)^(1/2)} with {@code R =
 * Sigma_1^(1/2)}: the two matrices are similar, and the second is symmetric, so both square roots come from
 * symmetric eigendecompositions (Commons Math), with eigenvalues below zero (rounding) clamped to zero.
 *
 * <p>{@link #onClassifierFeatures} measures generated images on the penultimate features (the globally
 * pooled last block) of a Copse-trained ResNet: a small-scale stand-in for FID, which uses an ImageNet
 * Inception network. Its values are comparable only between runs that use the same classifier.
 *
 * <p>Stateless and thread-safe.
 */
public final class FrechetDistance {

    private FrechetDistance() {
    }

    /**
     * The squared Fréchet distance between the rows of {@code a} ({@code [n][d]}) and of {@code b}
     * ({@code [m][d]}), both row-major.
     *
     * @throws IllegalArgumentException when a set has fewer than two rows or the lengths do not fit {@code d}
     */
    public static double between(float[] a, int n, float[] b, int m, int d) {
        double[] meanA = mean(a, n, d);
        double[] meanB = mean(b, m, d);
        RealMatrix covA = covariance(a, n, d, meanA);
        RealMatrix covB = covariance(b, m, d, meanB);
        double distance = 0;
        for (int j = 0; j < d; j++) {
            distance += (meanA[j] - meanB[j]) * (meanA[j] - meanB[j]);
        }
        RealMatrix root = symmetricSquareRoot(covA);
        RealMatrix product = root.multiply(covB).multiply(root);
        double crossTrace = 0;
        for (double lambda : new EigenDecomposition(symmetrize(product)).getRealEigenvalues()) {
            crossTrace += Math.sqrt(Math.max(lambda, 0));
        }
        return distance + covA.getTrace() + covB.getTrace() - 2 * crossTrace;
    }

    /**
     * The squared Fréchet distance between {@code real} and {@code generated} images measured on the
     * penultimate features of {@code classifier} (inference mode).
     *
     * @throws IllegalArgumentException when a set has fewer than two images or images of another shape
     */
    public static double onClassifierFeatures(ResNetModel classifier, Dataset real, Dataset generated) {
        ResNet network = classifier.newNetwork();
        int d = network.blocks().getLast().outputShape().channels();
        return between(features(network, real), real.size(), features(network, generated), generated.size(), d);
    }

    /** The globally pooled output of the last block for every row, {@code [rows][channels]}. */
    static float[] features(ResNet network, Dataset data) {
        int d = network.blocks().getLast().outputShape().channels();
        int size = network.inputShape().size();
        if (data.numFeatures() != size) {
            throw new IllegalArgumentException("images have " + data.numFeatures() + " values but the classifier "
                    + "reads " + network.inputShape());
        }
        Layer pool = network.head().layers().getFirst();
        float[] result = new float[Math.multiplyExact(data.size(), d)];
        int batchSize = 256;
        float[] images = new float[Math.min(batchSize, data.size()) * size];
        for (int start = 0; start < data.size(); start += batchSize) {
            int batch = Math.min(batchSize, data.size() - start);
            System.arraycopy(data.features(), start * size, images, 0, batch * size);
            float[] x = network.stem().forward(images, batch, Mode.EVAL);
            for (Layer block : network.blocks()) {
                x = block.forward(x, batch, Mode.EVAL);
            }
            System.arraycopy(pool.forward(x, batch, Mode.EVAL), 0, result, start * d, batch * d);
        }
        return result;
    }

    private static double[] mean(float[] rows, int n, int d) {
        if (n < 2 || (long) n * d > rows.length) {
            throw new IllegalArgumentException("a Fréchet distance needs at least two rows of " + d
                    + " values each, got " + n + " rows in " + rows.length + " values");
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += rows[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        return mean;
    }

    /** The sample covariance ({@code n - 1} in the denominator, as FID implementations use). */
    private static RealMatrix covariance(float[] rows, int n, int d, double[] mean) {
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                centred[j] = rows[i * d + j] - mean[j];
            }
            for (int j = 0; j < d; j++) {
                for (int k = j; k < d; k++) {
                    cov[j][k] += centred[j] * centred[k];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            for (int k = j; k < d; k++) {
                cov[j][k] /= n - 1;
                cov[k][j] = cov[j][k];
            }
        }
        return new Array2DRowRealMatrix(cov, false);
    }

    private static RealMatrix symmetricSquareRoot(RealMatrix symmetric) {
        EigenDecomposition eigen = new EigenDecomposition(symmetric);
        RealMatrix v = eigen.getV();
        double[] values = eigen.getRealEigenvalues();
        int d = values.length;
        RealMatrix scaled = v.copy();
        for (int k = 0; k < d; k++) {
            double root = Math.sqrt(Math.max(values[k], 0));
            for (int j = 0; j < d; j++) {
                scaled.setEntry(j, k, v.getEntry(j, k) * root);
            }
        }
        return scaled.multiply(v.transpose());
    }

    /** {@code (M + M^T) / 2}: removes the rounding asymmetry of a product that is symmetric in exact arithmetic. */
    private static RealMatrix symmetrize(RealMatrix m) {
        return m.add(m.transpose()).scalarMultiply(0.5);
    }
}
