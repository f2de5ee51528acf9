package dev.copse.cnn.sase.synthesis;

/**
 * The hinge loss of a GAN (Lim and Ye, "Geometric GAN", 2017; Miyato et al., "Spectral Normalization for
 * GANs", ICLR 2018), on discriminator scores {@code D(x)}:
 * <pre>
 *   L_D = mean_real max(0, 1 - D(x)) + mean_fake max(0, 1 + D(G(z)))
 *   L_G = -mean_fake D(G(z))
 * </pre>
 * Each method returns the loss and writes its gradient with respect to the scores. Stateless.
 */
public final class HingeLoss {

    private HingeLoss() {
    }

    /**
     * The discriminator's loss on {@code n} real scores followed by {@code n} fake scores
     * ({@code scores[0, 2n)}); writes {@code gradient[0, 2n)} (the subgradient at the hinge is 0).
     */
    public static double discriminator(float[] scores, int n, float[] gradient) {
        double loss = 0;
        for (int i = 0; i < n; i++) {
            float real = scores[i];
            float fake = scores[n + i];
            loss += Math.max(0, 1 - real) + Math.max(0, 1 + fake);
            gradient[i] = real < 1 ? -1f / n : 0f;
            gradient[n + i] = fake > -1 ? 1f / n : 0f;
        }
        return loss / n;
    }

    /** The generator's loss on {@code n} fake scores; writes {@code gradient[0, n)} ({@code -1/n} each). */
    public static double generator(float[] scores, int n, float[] gradient) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += scores[i];
            gradient[i] = -1f / n;
        }
        return -sum / n;
    }
}
