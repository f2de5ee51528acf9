package dev.copse.cnn.sase;

import dev.copse.cnn.layer.BatchNorm2d;
import dev.copse.cnn.layer.BatchParallel;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.NearestUpsample;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.ReluActivation;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.SigmoidActivation;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * Spatially-adaptive squeeze-excitation (Shen and Wu, "Learning Spatially-Adaptive Squeeze-Excitation
 * Networks for Image Synthesis and Image Recognition", 2021/22; METHODS.md section 7): a source feature map
 * modulates a target feature map position by position.
 *
 * <p>The source's {@code C_s} channels are split into {@code G} groups of {@code C_s / G}. Group {@code g}
 * gives
 * <ul>
 *   <li>a style vector {@code u_g} of {@code C_t} values (the target's channels): global average pooling,
 *       a fully connected layer to the hidden width {@code h}, ReLU, a fully connected layer to {@code C_t};
 *       no sigmoid;</li>
 *   <li>a spatial mask {@code a_g} in (0, 1): a 1x1 convolution to {@code h} channels, ReLU, two dilated
 *       3x3 convolutions ({@code h -> h}, each followed by ReLU), a 1x1 convolution to one channel, sigmoid,
 *       and nearest upsampling to the target's size.</li>
 * </ul>
 * The modulation is {@code S(p) = sum_g a_g(p) u_g / (sum_g a_g(p) + 1e-6) + 1} and the output
 * {@code target ⊙ S} (see {@link Modulation}). All groups run at once: each per-group layer is one grouped
 * convolution ({@link ConvSpec#withGroups}); the per-group fully connected layers are grouped 1x1
 * convolutions over the pooled {@code C_s x 1 x 1} vector.
 *
 * <p><b>Choices (Copse).</b> The hidden width of both branches is {@code max(1, (C_s / G) / r)}; the two
 * dilated convolutions are each followed by a ReLU (and, with {@link SaseOptions#batchNorm()}, every hidden
 * convolution of the mask branch by batch norm); the layer that produces the styles starts at zero, so a new
 * module is the identity ({@code S = 1}) and inserting it does not disturb the signal at the start of
 * training; the target's size must be an integer multiple {@code f} of the source's, the same in both
 * directions ({@code f = 1} for the same-layer variant).
 *
 * <p>Parameters are named {@code name.mask.reduce}, {@code name.mask.dilated1}, {@code name.mask.dilated2},
 * {@code name.mask.project}, {@code name.style.fc1}, {@code name.style.fc2} (each {@code .weight},
 * {@code .bias}) and, with batch norm, {@code name.mask.bn1..bn3}.
 *
 * <p>Buffers are owned and reused as a {@link Layer}'s are. Not thread-safe; {@link #replica()} shares the
 * parameters.
 */
public final class SaseModule implements ExcitationModule {

    private final String name;
    private final SaseOptions options;
    private final TensorShape source;
    private final TensorShape target;
    private final Sequential maskBranch;   // C_s x Hs x Ws -> G x Ht x Wt
    private final Sequential styleBranch;  // C_s x Hs x Ws -> (G C_t) x 1 x 1

    private int batch;
    private float[] targetInput;
    private float[] masks;
    private float[] styles;
    private float[] invSum;     // [N][P]
    private float[] scale;      // [N][C_t][P]
    private float[] output;
    private float[] gradTarget;
    private float[] gradSource;
    private float[] gradMasks;
    private float[] gradStyles;
    private float[] work;

    /**
     * @param name   qualified name prefix of the parameters
     * @param source the shape of one source sample; its channels must be divisible by {@code options.groups()}
     * @param target the shape of one target sample; its height and width must be the same integer multiple of
     *               the source's
     * @throws IllegalArgumentException when the shapes do not fit the options
     */
    public SaseModule(String name, TensorShape source, TensorShape target, SaseOptions options,
                      ParameterSource parameters) {
        int groups = options.groups();
        if (source.channels() % groups != 0) {
            throw new IllegalArgumentException(name + ": " + groups + " groups do not divide the source's "
                    + source.channels() + " channels");
        }
        int factor = target.height() / source.height();
        if (factor < 1 || target.height() != factor * source.height() || target.width() != factor * source.width()) {
            throw new IllegalArgumentException(name + ": the target " + target + " must be the source " + source
                    + " upsampled by one integer factor in both directions");
        }
        this.name = name;
        this.options = options;
        this.source = source;
        this.target = target;
        this.maskBranch = maskBranch(name + ".mask", source, factor, options, parameters);
        this.styleBranch = styleBranch(name + ".style", source, target.channels(), options, parameters);
    }

    private SaseModule(SaseModule other) {
        this.name = other.name;
        this.options = other.options;
        this.source = other.source;
        this.target = other.target;
        this.maskBranch = other.maskBranch.replica();
        this.styleBranch = other.styleBranch.replica();
    }

    private static Sequential maskBranch(String name, TensorShape source, int factor, SaseOptions options,
                                         ParameterSource parameters) {
        int groups = options.groups();
        int hidden = groups * options.hiddenWidth(source.channels());
        int d = options.dilation();
        boolean bias = !options.batchNorm();
        List<Layer> layers = new ArrayList<>();
        Conv2d reduce = new Conv2d(name + ".reduce", ConvSpec.square(source.channels(), hidden, 1, 1, 0)
                .withGroups(groups).withBias(bias), source, parameters);
        layers.add(reduce);
        addActivation(layers, name + ".bn1", reduce.outputShape(), options, parameters);
        TensorShape shape = reduce.outputShape();
        for (int i = 1; i <= 2; i++) {
            Conv2d dilated = new Conv2d(name + ".dilated" + i, ConvSpec.square(hidden, hidden, 3, 1, d)
                    .withDilation(d).withGroups(groups).withBias(bias), shape, parameters);
            layers.add(dilated);
            addActivation(layers, name + ".bn" + (i + 1), shape, options, parameters);
        }
        Conv2d project = new Conv2d(name + ".project", ConvSpec.square(hidden, groups, 1, 1, 0).withGroups(groups)
                .withBias(true), shape, parameters);
        layers.add(project);
        layers.add(new SigmoidActivation(project.outputShape()));
        if (factor > 1) {
            layers.add(new NearestUpsample(project.outputShape(), factor));
        }
        return new Sequential(layers);
    }

    private static void addActivation(List<Layer> layers, String bnName, TensorShape shape, SaseOptions options,
                                      ParameterSource parameters) {
        layers.add(options.batchNorm() ? BatchNorm2d.withRelu(bnName, shape, parameters) : new ReluActivation(shape));
    }

    private static Sequential styleBranch(String name, TensorShape source, int targetChannels, SaseOptions options,
                                          ParameterSource parameters) {
        int groups = options.groups();
        int hidden = groups * options.hiddenWidth(source.channels());
        GlobalAvgPool pool = new GlobalAvgPool(source);
        Conv2d fc1 = new Conv2d(name + ".fc1", ConvSpec.square(source.channels(), hidden, 1, 1, 0).withGroups(groups)
                .withBias(true), pool.outputShape(), parameters);
        Conv2d fc2 = new Conv2d(name + ".fc2", ConvSpec.square(hidden, groups * targetChannels, 1, 1, 0)
                .withGroups(groups).withBias(true), fc1.outputShape(), ZeroInitialized.weightsOf(parameters));
        return new Sequential(List.of(pool, fc1, new ReluActivation(fc1.outputShape()), fc2));
    }

    /** The shape of one source sample. */
    public TensorShape sourceShape() {
        return source;
    }

    /** The shape of one target sample, which is also the output's. */
    public TensorShape targetShape() {
        return target;
    }

    /** The configuration. */
    public SaseOptions options() {
        return options;
    }

    /**
     * Modulates {@code batch} target samples by the masks and styles of the matching source samples.
     *
     * @return the output buffer, {@code [batch][C_t][Ht][Wt]} in its first floats, valid until the next forward;
     *         the caller must leave both inputs unchanged until {@link #backward} has returned
     * @throws IllegalArgumentException when an input is too short or {@code batch < 1}
     */
    public float[] forward(float[] sourceMap, float[] targetMap, int batch, Mode mode) {
        Buffers.checkInput(name, targetMap, batch, target.size());
        this.batch = batch;
        this.targetInput = targetMap;
        this.masks = maskBranch.forward(sourceMap, batch, mode);
        this.styles = styleBranch.forward(sourceMap, batch, mode);
        int positions = target.plane();
        int channels = target.channels();
        int groups = options.groups();
        invSum = Buffers.ensure(invSum, (long) batch * positions);
        scale = Buffers.ensure(scale, (long) batch * target.size());
        output = Buffers.ensure(output, (long) batch * target.size());
        BatchParallel.forEachChunk(batch, (long) groups * target.size(), (chunk, from, to) -> {
            for (int n = from; n < to; n++) {
                Modulation.forward(groups, channels, positions, masks, n * groups * positions, styles,
                        n * groups * channels, targetMap, n * target.size(), invSum, n * positions, scale, output);
            }
        });
        return output;
    }

    /**
     * Back-propagates the gradient with respect to the last forward's output: adds to every parameter's
     * gradient and fills {@link #sourceGradient()} and {@link #targetGradient()}.
     *
     * @throws IllegalStateException when no forward preceded it
     */
    public void backward(float[] gradOutput) {
        Buffers.checkGradient(name, gradOutput, batch, target.size());
        int positions = target.plane();
        int channels = target.channels();
        int groups = options.groups();
        gradTarget = Buffers.ensure(gradTarget, (long) batch * target.size());
        gradMasks = Buffers.ensure(gradMasks, (long) batch * groups * positions);
        gradStyles = Buffers.ensure(gradStyles, (long) batch * groups * channels);
        work = Buffers.ensure(work, (long) BatchParallel.chunks(batch) * 2 * positions);
        BatchParallel.forEachChunk(batch, 2L * groups * target.size(), (chunk, from, to) -> {
            for (int n = from; n < to; n++) {
                Modulation.backward(groups, channels, positions, gradOutput, masks, n * groups * positions, styles,
                        n * groups * channels, targetInput, n * target.size(), invSum, n * positions, scale,
                        gradTarget, gradMasks, gradStyles, work, chunk * 2 * positions);
            }
        });
        float[] fromMasks = maskBranch.backward(gradMasks, true);
        float[] fromStyles = styleBranch.backward(gradStyles, true);
        gradSource = Buffers.ensure(gradSource, (long) batch * source.size());
        for (int i = 0, end = batch * source.size(); i < end; i++) {
            gradSource[i] = fromMasks[i] + fromStyles[i];
        }
    }

    /** The gradient with respect to the last forward's source, {@code [batch][C_s][Hs][Ws]}, after backward. */
    public float[] sourceGradient() {
        return gradSource;
    }

    /** The gradient with respect to the last forward's target, {@code [batch][C_t][Ht][Wt]}, after backward. */
    public float[] targetGradient() {
        return gradTarget;
    }

    /**
     * The masks of the last forward, upsampled: {@code [batch][G][Ht][Wt]} in the first floats of a buffer
     * owned by the module (valid until the next forward).
     */
    public float[] masks() {
        return masks;
    }

    /** The style vectors of the last forward: {@code [batch][G][C_t]} in the first floats of a module buffer. */
    public float[] styles() {
        return styles;
    }

    /** The trainable parameters: the mask branch's, then the style branch's. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(maskBranch.parameters());
        all.addAll(styleBranch.parameters());
        return List.copyOf(all);
    }

    /** The running estimates (batch-norm statistics, the convolutions' quantizer ranges). */
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>(maskBranch.runningStates());
        all.addAll(styleBranch.runningStates());
        return List.copyOf(all);
    }

    /**
     * Adds one sample's cost: both branches layer by layer, then the modulation: {@code G C_t Ht Wt} MACs for
     * the numerators, {@code G Ht Wt} additions and {@code Ht Wt} reciprocals for the denominators, and
     * {@code 3 C_t Ht Wt} other FLOPs (scale by the reciprocal, add 1, multiply the target); the target read
     * and the output written.
     */
    public void recordCost(CostLedger ledger) {
        maskBranch.recordCost(ledger);
        styleBranch.recordCost(ledger);
        long positions = target.plane();
        ledger.addMacs((long) options.groups() * target.size(), 32, 32);
        ledger.addOtherFlops(options.groups() * positions + positions + 3L * target.size());
        ledger.addActivationBytesMoved(8L * target.size());
    }

    /** A module sharing this one's parameters and running states, with buffers of its own. */
    public SaseModule replica() {
        return new SaseModule(this);
    }
}
