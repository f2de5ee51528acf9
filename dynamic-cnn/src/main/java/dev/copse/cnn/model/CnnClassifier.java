package dev.copse.cnn.model;

import dev.copse.cnn.layer.Mode;
import dev.copse.core.kernel.Softmax;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.StaticCost;
import dev.copse.efficiency.model.CostedClassifier;

/**
 * A {@link CnnModel} as a {@link CostedClassifier}: one image per call, every layer at full precision, the
 * realised cost of the whole network added to the ledger (a static network does the same work for every
 * input).
 *
 * <p>Thread-safe: each calling thread runs a network of its own, bound to the model's arrays (read only).
 */
public final class CnnClassifier implements CostedClassifier {

    private final CnnModel model;
    private final String description;
    private final ThreadLocal<Worker> workers;

    /** One thread's network and input buffer. */
    private record Worker(Network network, float[] image) {
    }

    /**
     * @param model       the model to run
     * @param description its name in tables, e.g. {@code "ResNet-8 (16/32/64)"}
     */
    public CnnClassifier(CnnModel model, String description) {
        this.model = model;
        this.description = description;
        this.workers = ThreadLocal.withInitial(() -> new Worker(model.inferenceNetwork(),
                new float[model.architecture().inputShape().size()]));
    }

    @Override
    public int numFeatures() {
        return model.architecture().inputShape().size();
    }

    @Override
    public int numClasses() {
        return model.architecture().classes();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public StaticCost staticCost() {
        return model.staticCost();
    }

    /**
     * @throws IllegalArgumentException when {@code x} holds fewer than {@link #numFeatures()} values from
     *                                  {@code offset} or {@code out} too few for the classes
     */
    @Override
    public void predictProba(float[] x, int offset, float[] out, int outOffset, CostLedger ledger) {
        int size = numFeatures();
        if (offset < 0 || offset + size > x.length) {
            throw new IllegalArgumentException("an image needs " + size + " values from offset " + offset
                    + ", but the array has " + x.length);
        }
        Worker worker = workers.get();
        System.arraycopy(x, offset, worker.image(), 0, size);
        Network network = worker.network();
        float[] logits = network.forward(worker.image(), 1, Mode.EVAL);
        Softmax.rows(1, numClasses(), logits, 0, out, outOffset);
        if (ledger != null) {
            network.recordCost(ledger);
        }
    }
}
