package dev.copse.cnn.sase.synthesis;

/**
 * How {@link FewShotGan} trains.
 *
 * @param steps        optimizer steps of each network, {@code >= 1}
 * @param batchSize    real images (and fake images) per step, {@code >= 2} (the generator's batch norm)
 * @param learningRate Adam's step size for both networks ({@code beta1 = 0.5}, {@code beta2 = 0.999}, as is
 *                     usual for GANs), {@code > 0}
 * @param latentSize   values per latent vector, {@code >= 1}
 * @param seed         the one seed: initial weights, latent vectors and the choice of real images
 */
public record GanOptions(int steps, int batchSize, double learningRate, int latentSize, long seed) {

    /** @throws IllegalArgumentException naming the field that is out of range */
    public GanOptions {
        if (steps < 1 || batchSize < 2 || !(learningRate > 0) || latentSize < 1) {
            throw new IllegalArgumentException("GanOptions need steps >= 1, batchSize >= 2, learningRate > 0 and "
                    + "latentSize >= 1, got " + steps + ", " + batchSize + ", " + learningRate + ", " + latentSize);
        }
    }
}
