package dev.copse.cnn.sase.synthesis;

import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.Sequential;
import dev.copse.core.data.Dataset;
import dev.copse.core.optim.Adam;
import dev.copse.core.optim.AdamOptions;
import dev.copse.core.optim.ConstantSchedule;
import dev.copse.core.optim.Optimizer;
import dev.copse.core.progress.ProgressEvent;
import dev.copse.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Few-shot GAN training of a {@link Generator} against a {@link Discriminator} with the {@link HingeLoss}
 * and Adam, alternating one discriminator step (a batch of real images drawn with replacement from the
 * few shots, followed by as many fresh fakes, in one forward pass) and one generator step.
 *
 * <p>Mutable training state (networks, optimizers, random stream) lives here; {@link #generator()} is the
 * trained generator. Not thread-safe.
 */
public final class FewShotGan {

    private final GanOptions options;
    private final Generator generator;
    private final Sequential discriminator;
    private final List<Optimizer> generatorSteps = new ArrayList<>();
    private final List<Optimizer> discriminatorSteps = new ArrayList<>();
    private final SplittableRandom random;

    /** A new generator of {@code kind} and a new discriminator, initialised from {@code options.seed()}. */
    public FewShotGan(SkipExcitation kind, int[] generatorWidths, int[] discriminatorWidths, GanOptions options) {
        this.options = options;
        ParameterSource source = ParameterSource.initializing(options.seed());
        this.generator = new Generator(options.latentSize(), generatorWidths, kind, source);
        this.discriminator = Discriminator.build(Generator.IMAGE, discriminatorWidths, source);
        AdamOptions adam = new AdamOptions(0.5, 0.999, 1e-8, 0, AdamOptions.WeightDecayStyle.COUPLED_L2);
        ConstantSchedule rate = new ConstantSchedule(options.learningRate());
        generator.parameters().forEach(p -> generatorSteps.add(new Adam(p.size(), adam, rate)));
        discriminator.parameters().forEach(p -> discriminatorSteps.add(new Adam(p.size(), adam, rate)));
        this.random = new SplittableRandom(options.seed() ^ 0x5A5E);
    }

    /** The generator being trained. */
    public Generator generator() {
        return generator;
    }

    /**
     * Trains for {@code options.steps()} steps on the images of {@code shots}.
     *
     * @return the discriminator's and the generator's loss of every step, {@code [steps][2]}
     * @throws IllegalArgumentException when the images are not 1x28x28
     * @throws IllegalStateException    when a loss becomes NaN or infinite
     */
    public double[][] train(Dataset shots, ProgressListener listener) {
        int size = Generator.IMAGE.size();
        if (shots.numFeatures() != size) {
            throw new IllegalArgumentException("the few-shot GAN generates 1x28x28 images, the data has "
                    + shots.numFeatures() + " values per row");
        }
        int n = options.batchSize();
        float[] both = new float[2 * n * size];
        float[] z = new float[n * options.latentSize()];
        float[] gradScores = new float[2 * n];
        double[][] losses = new double[options.steps()][2];
        String task = "few-shot GAN (" + generator.kind().name().toLowerCase(Locale.ROOT) + ")";
        for (int step = 0; step < options.steps(); step++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(shots.features(), random.nextInt(shots.size()) * size, both, i * size, size);
            }
            System.arraycopy(generator.forward(latent(z), n, Mode.TRAIN), 0, both, n * size, n * size);
            zero(discriminator);
            float[] scores = discriminator.forward(both, 2 * n, Mode.TRAIN);
            losses[step][0] = HingeLoss.discriminator(scores, n, gradScores);
            discriminator.backward(gradScores, false);
            apply(discriminator, discriminatorSteps);

            float[] fake = generator.forward(latent(z), n, Mode.TRAIN);
            zero(discriminator);
            zero(generator);
            losses[step][1] = HingeLoss.generator(discriminator.forward(fake, n, Mode.TRAIN), n, gradScores);
            generator.backward(discriminator.backward(gradScores, true), false);
            apply(generator, generatorSteps);
            if (!Double.isFinite(losses[step][0]) || !Double.isFinite(losses[step][1])) {
                throw new IllegalStateException("few-shot GAN training diverged at step " + step + " (losses "
                        + losses[step][0] + ", " + losses[step][1] + "); lower GanOptions.learningRate");
            }
            if ((step + 1) % 10 == 0 || step + 1 == options.steps()) {
                listener.onProgress(new ProgressEvent(task, step + 1, options.steps(), String.format(Locale.ROOT,
                        "loss D %.3f, G %.3f", losses[step][0], losses[step][1])));
            }
        }
        return losses;
    }

    /**
     * {@code count} images from fresh latent vectors drawn with {@code seed}, the generator in inference mode,
     * {@code [count][784]} row-major.
     */
    public float[] sample(int count, long seed) {
        SplittableRandom draws = new SplittableRandom(seed);
        int size = Generator.IMAGE.size();
        float[] images = new float[count * size];
        int n = Math.min(count, 256);
        float[] z = new float[n * options.latentSize()];
        Generator inference = generator.replica();
        for (int start = 0; start < count; start += n) {
            int batch = Math.min(n, count - start);
            for (int i = 0; i < batch * options.latentSize(); i++) {
                z[i] = (float) draws.nextGaussian();
            }
            System.arraycopy(inference.forward(z, batch, Mode.EVAL), 0, images, start * size, batch * size);
        }
        return images;
    }

    private float[] latent(float[] z) {
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return z;
    }

    private static void zero(Layer network) {
        network.parameters().forEach(Parameter::zeroGradients);
    }

    private static void apply(Layer network, List<Optimizer> optimizers) {
        List<Parameter> parameters = network.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            optimizers.get(i).step(p.values(), p.gradients());
            p.markUpdated();
        }
    }
}
