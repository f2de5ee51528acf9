package dev.copse.cnn.sase.synthesis;

import dev.copse.cnn.layer.BatchNorm2d;
import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Linear;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.NearestUpsample;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.SigmoidActivation;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.cnn.sase.ChannelExcitation;
import dev.copse.cnn.sase.SaseModule;
import dev.copse.cnn.sase.SaseOptions;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * A small generator of 28x28 one-channel images with skip-layer excitation, in the manner of the few-shot
 * generators SASE was proposed for (METHODS.md section 7):
 * <pre>
 *   low     = relu(bn(linear(z)))                               w0 x 7 x 7
 *   mid     = relu(bn(conv3x3(up2(low))))                       w1 x 14 x 14
 *   high    = relu(bn(conv3x3(up2(mid))))                       w2 x 28 x 28
 *   excited = E(low, high)           SASE or channel-only, from 7x7 to 28x28
 *   image   = sigmoid(conv3x3(excited) + b)                     1 x 28 x 28, in (0, 1)
 * </pre>
 * As a {@link Layer} its input is the latent vector and its output the image; the low map receives gradient
 * from the trunk and from the excitation's source.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class Generator implements Layer {

    /** The output image. */
    public static final TensorShape IMAGE = new TensorShape(1, 28, 28);

    private final TensorShape latent;
    private final SkipExcitation kind;
    private final Sequential stem;    // z -> low
    private final Sequential trunk;   // low -> high
    private final SaseModule sase;
    private final ChannelExcitation channel;
    private final Sequential out;     // excited -> image

    private float[] gradLow;
    private int batch;

    /**
     * @param latentSize values per latent vector, {@code >= 1}
     * @param widths     channels at 7x7, 14x14 and 28x28
     */
    public Generator(int latentSize, int[] widths, SkipExcitation kind, ParameterSource source) {
        if (widths.length != 3) {
            throw new IllegalArgumentException("a generator needs three widths (7x7, 14x14, 28x28), got "
                    + widths.length);
        }
        this.latent = TensorShape.vector(latentSize);
        this.kind = kind;
        TensorShape low = new TensorShape(widths[0], 7, 7);
        this.stem = new Sequential(List.of(new Linear("g.fc", latent, low.size(), source),
                BatchNorm2d.withRelu("g.bn0", low, source)));
        List<Layer> layers = new ArrayList<>();
        TensorShape shape = low;
        for (int i = 1; i <= 2; i++) {
            NearestUpsample up = new NearestUpsample(shape, 2);
            Conv2d conv = new Conv2d("g.conv" + i, ConvSpec.square(shape.channels(), widths[i], 3, 1, 1),
                    up.outputShape(), source);
            shape = conv.outputShape();
            layers.add(up);
            layers.add(conv);
            layers.add(BatchNorm2d.withRelu("g.bn" + i, shape, source));
        }
        this.trunk = new Sequential(layers);
        this.sase = kind == SkipExcitation.SASE
                ? new SaseModule("g.sle", low, shape, SaseOptions.DEFAULTS, source) : null;
        this.channel = kind == SkipExcitation.CHANNEL
                ? new ChannelExcitation("g.sle", low, shape, 4, source) : null;
        Conv2d toImage = new Conv2d("g.out", ConvSpec.square(shape.channels(), 1, 3, 1, 1).withBias(true), shape,
                source);
        this.out = new Sequential(List.of(toImage, new SigmoidActivation(IMAGE)));
    }

    private Generator(Generator other) {
        this.latent = other.latent;
        this.kind = other.kind;
        this.stem = other.stem.replica();
        this.trunk = other.trunk.replica();
        this.sase = other.sase == null ? null : other.sase.replica();
        this.channel = other.channel == null ? null : other.channel.replica();
        this.out = other.out.replica();
    }

    /** The kind of skip-layer excitation. */
    public SkipExcitation kind() {
        return kind;
    }

    @Override
    public TensorShape inputShape() {
        return latent;
    }

    @Override
    public TensorShape outputShape() {
        return IMAGE;
    }

    @Override
    public float[] forward(float[] z, int batch, Mode mode) {
        this.batch = batch;
        float[] low = stem.forward(z, batch, mode);
        float[] high = trunk.forward(low, batch, mode);
        float[] excited = sase != null ? sase.forward(low, high, batch, mode)
                : channel.forward(low, high, batch, mode);
        return out.forward(excited, batch, mode);
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        Buffers.checkGradient("generator", gradOutput, batch, IMAGE.size());
        float[] gradExcited = out.backward(gradOutput, true);
        float[] fromSource;
        float[] gradHigh;
        if (sase != null) {
            sase.backward(gradExcited);
            fromSource = sase.sourceGradient();
            gradHigh = sase.targetGradient();
        } else {
            channel.backward(gradExcited);
            fromSource = channel.sourceGradient();
            gradHigh = channel.targetGradient();
        }
        float[] fromTrunk = trunk.backward(gradHigh, true);
        int size = batch * stem.outputShape().size();
        gradLow = Buffers.ensure(gradLow, size);
        for (int i = 0; i < size; i++) {
            gradLow[i] = fromTrunk[i] + fromSource[i];
        }
        return stem.backward(gradLow, inputGradient);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(stem.parameters());
        all.addAll(trunk.parameters());
        all.addAll(sase != null ? sase.parameters() : channel.parameters());
        all.addAll(out.parameters());
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>(stem.runningStates());
        all.addAll(trunk.runningStates());
        all.addAll(sase != null ? sase.runningStates() : channel.runningStates());
        all.addAll(out.runningStates());
        return List.copyOf(all);
    }

    @Override
    public void recordCost(CostLedger ledger) {
        stem.recordCost(ledger);
        trunk.recordCost(ledger);
        if (sase != null) {
            sase.recordCost(ledger);
        } else {
            channel.recordCost(ledger);
        }
        out.recordCost(ledger);
    }

    @Override
    public Generator replica() {
        return new Generator(this);
    }
}
