package dev.copse.cnn.layer;

import dev.copse.efficiency.cost.CostLedger;
import java.util.ArrayList;
import java.util.List;

/**
 * Layers applied one after another; backward runs them in reverse. Each layer's output shape must be the
 * next one's input shape.
 *
 * <p>Not thread-safe (see {@link Layer}).
 */
public final class Sequential implements Layer {

    private final List<Layer> layers;

    /** @throws IllegalArgumentException when the list is empty or two neighbours' shapes differ */
    public Sequential(List<? extends Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a sequential layer needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            TensorShape produced = layers.get(i - 1).outputShape();
            TensorShape expected = layers.get(i).inputShape();
            if (produced.size() != expected.size()) {
                throw new IllegalArgumentException("layer " + (i - 1) + " produces " + produced + " but layer " + i
                        + " expects " + expected);
            }
        }
        this.layers = List.copyOf(layers);
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public TensorShape inputShape() {
        return layers.getFirst().inputShape();
    }

    @Override
    public TensorShape outputShape() {
        return layers.getLast().outputShape();
    }

    @Override
    public float[] forward(float[] input, int batch, Mode mode) {
        float[] x = input;
        for (Layer layer : layers) {
            x = layer.forward(x, batch, mode);
        }
        return x;
    }

    @Override
    public float[] backward(float[] gradOutput, boolean inputGradient) {
        float[] g = gradOutput;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, i > 0 || inputGradient);
        }
        return g;
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.parameters()));
        return List.copyOf(all);
    }

    @Override
    public List<RunningState> runningStates() {
        List<RunningState> all = new ArrayList<>();
        layers.forEach(layer -> all.addAll(layer.runningStates()));
        return List.copyOf(all);
    }

    @Override
    public void recordCost(CostLedger ledger) {
        layers.forEach(layer -> layer.recordCost(ledger));
    }

    @Override
    public Sequential replica() {
        return new Sequential(layers.stream().map(Layer::replica).toList());
    }
}
