package dev.copse.cnn.model;

import dev.copse.cnn.block.DenseBlock;
import dev.copse.cnn.layer.AvgPool2d;
import dev.copse.cnn.layer.BatchNorm2d;
import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Layer;
import dev.copse.cnn.layer.Linear;
import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * The network of a {@link DenseNetSpec}, one {@link Sequential} of its parts: {@code stem.conv}, then
 * {@code block<b>} and {@code transition<b>} (from 1), then {@code final.bn}, ReLU, pooling and {@code fc}.
 *
 * <p>Not thread-safe (see {@link Network}).
 */
public final class DenseNet implements Network {

    private final DenseNetSpec spec;
    private final Sequential layers;

    DenseNet(DenseNetSpec spec, ParameterSource source) {
        this.spec = spec;
        List<Layer> list = new ArrayList<>();
        TensorShape input = spec.inputShape();
        Conv2d stem = new Conv2d("stem.conv", ConvSpec.square(input.channels(), spec.initialChannels(), 3, 1, 1), input,
                source);
        list.add(stem);
        TensorShape shape = stem.outputShape();
        for (int b = 0; b < spec.layersPerBlock().size(); b++) {
            DenseBlock block = new DenseBlock("block" + (b + 1), shape, spec.layersPerBlock().get(b), spec.growthRate(),
                    source);
            list.add(block);
            shape = block.outputShape();
            if (b + 1 < spec.layersPerBlock().size()) {
                String name = "transition" + (b + 1);
                int channels = Math.max(1, (int) Math.floor(spec.compression() * shape.channels()));
                Conv2d conv = new Conv2d(name + ".conv", ConvSpec.square(shape.channels(), channels, 1, 1, 0), shape,
                        source);
                AvgPool2d pool = new AvgPool2d(conv.outputShape(), 2, 2);
                list.add(new Sequential(List.of(BatchNorm2d.withRelu(name + ".bn", shape, source), conv, pool)));
                shape = pool.outputShape();
            }
        }
        list.add(BatchNorm2d.withRelu("final.bn", shape, source));
        GlobalAvgPool pool = new GlobalAvgPool(shape);
        list.add(pool);
        list.add(new Linear("fc", pool.outputShape(), spec.classes(), source));
        this.layers = new Sequential(list);
    }

    private DenseNet(DenseNet other) {
        this.spec = other.spec;
        this.layers = other.layers.replica();
    }

    @Override
    public DenseNetSpec architecture() {
        return spec;
    }

    /** All parts in order. */
    public Sequential layers() {
        return layers;
    }

    @Override
    public float[] forward(float[] images, int batch, Mode mode) {
        return layers.forward(images, batch, mode);
    }

    @Override
    public void backward(float[] gradLogits) {
        layers.backward(gradLogits, false);
    }

    @Override
    public List<Parameter> parameters() {
        return layers.parameters();
    }

    @Override
    public List<RunningState> runningStates() {
        return layers.runningStates();
    }

    @Override
    public void recordCost(CostLedger ledger) {
        layers.recordCost(ledger);
    }

    @Override
    public DenseNet replica() {
        return new DenseNet(this);
    }
}
