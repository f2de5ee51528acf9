package dev.copse.cnn.model;

import dev.copse.cnn.block.BasicBlock;
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
 * The network of a {@link ResNetSpec}: {@link #stem()} (conv3x3, batch norm, ReLU), the residual
 * {@link #blocks()} in order, and the {@link #head()} (global average pooling and the linear classifier).
 * The three parts are exposed so that dynamic execution can run blocks one at a time.
 *
 * <p>Parameter names: {@code stem.conv}, {@code stem.bn}, {@code stage<s>.block<b>.*} (s, b from 1),
 * {@code fc}.
 *
 * <p>Not thread-safe (see {@link Network}).
 */
public final class ResNet implements Network {

    private final ResNetSpec spec;
    private final Sequential stem;
    private final List<BasicBlock> blocks;
    private final Sequential head;

    ResNet(ResNetSpec spec, ParameterSource source) {
        this.spec = spec;
        TensorShape input = spec.inputShape();
        int width = spec.widths().getFirst();
        Conv2d conv = new Conv2d("stem.conv", ConvSpec.square(input.channels(), width, 3, 1, 1), input, source);
        TensorShape shape = conv.outputShape();
        this.stem = new Sequential(List.of(conv, BatchNorm2d.withRelu("stem.bn", shape, source)));
        List<BasicBlock> list = new ArrayList<>();
        for (int s = 0; s < spec.widths().size(); s++) {
            for (int b = 0; b < spec.blocksPerStage(); b++) {
                int stride = s > 0 && b == 0 ? 2 : 1;
                BasicBlock block = new BasicBlock("stage" + (s + 1) + ".block" + (b + 1), shape, spec.widths().get(s),
                        stride, source, spec.blockVariant().excitation());
                list.add(block);
                shape = block.outputShape();
            }
        }
        this.blocks = List.copyOf(list);
        GlobalAvgPool pool = new GlobalAvgPool(shape);
        this.head = new Sequential(List.of(pool, new Linear("fc", pool.outputShape(), spec.classes(), source)));
    }

    private ResNet(ResNet other) {
        this.spec = other.spec;
        this.stem = other.stem.replica();
        this.blocks = other.blocks.stream().map(BasicBlock::replica).toList();
        this.head = other.head.replica();
    }

    @Override
    public ResNetSpec architecture() {
        return spec;
    }

    /** Convolution, batch norm and ReLU before the first block. */
    public Sequential stem() {
        return stem;
    }

    /** The residual blocks, stage by stage. */
    public List<BasicBlock> blocks() {
        return blocks;
    }

    /** Global average pooling and the linear classifier after the last block. */
    public Sequential head() {
        return head;
    }

    @Override
    public float[] forward(float[] images, int batch, Mode mode) {
        float[] x = stem.forward(images, batch, mode);
        for (BasicBlock block : blocks) {
            x = block.forward(x, batch, mode);
        }
        return head.forward(x, batch, mode);
    }

    @Override
    public void backward(float[] gradLogits) {
        float[] g = head.backward(gradLogits, true);
        for (int i = blocks.size() - 1; i >= 0; i--) {
            g = blocks.get(i).backward(g, true);
        }
        stem.backward(g, false);
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>(stem.parameters());
        blocks.forEach(block -> all.addAll(block.parameters()));
        all.addAll(head.parameters());
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>(stem.runningStates());
        blocks.forEach(block -> all.addAll(block.runningStates()));
        all.addAll(head.runningStates());
        return List.copyOf(all);
    }

    @Override
    public void recordCost(CostLedger ledger) {
        stem.recordCost(ledger);
        for (Layer block : blocks) {
            block.recordCost(ledger);
        }
        head.recordCost(ledger);
    }

    @Override
    public ResNet replica() {
        return new ResNet(this);
    }
}
