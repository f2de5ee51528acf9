package dev.copse.smile.classifier;

import dev.copse.efficiency.model.CostedClassifier;
import java.io.Serial;
import smile.classification.Classifier;

/**
 * A trained Copse classifier as Smile's {@link Classifier Classifier&lt;double[]&gt;}: {@code predict(x)} is
 * the argmax of the model's class probabilities (the lowest class on ties) and {@code predict(x, posteriori)}
 * also fills the probabilities, so Smile's validation and metrics (which expect classes {@code 0 .. k-1})
 * work on it unchanged. Inputs are converted to float, as Copse models store and compute in float.
 *
 * <p>Immutable and thread-safe when the wrapped model is (every Copse model is). Not serializable: Smile's
 * {@code Classifier} is {@link java.io.Serializable}, but Copse models are saved in Copse model files, never
 * with Java serialization; serializing this object throws {@link java.io.NotSerializableException}.
 */
public final class CopseClassifier implements Classifier<double[]> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CostedClassifier model;
    private final int[] classes;

    /** @throws IllegalArgumentException if {@code model} is null */
    public CopseClassifier(CostedClassifier model) {
        if (model == null) {
            throw new IllegalArgumentException("model must not be null");
        }
        this.model = model;
        this.classes = new int[model.numClasses()];
        for (int c = 0; c < classes.length; c++) {
            classes[c] = c;
        }
    }

    /** The wrapped Copse model. */
    public CostedClassifier model() {
        return model;
    }

    @Override
    public int numClasses() {
        return classes.length;
    }

    @Override
    public int[] classes() {
        return classes.clone();
    }

    @Override
    public int predict(double[] x) {
        return predict(x, new double[classes.length]);
    }

    @Override
    public boolean soft() {
        return true;
    }

    /**
     * The most probable class of {@code x}, with every class's probability written to {@code posteriori}.
     *
     * @throws IllegalArgumentException if {@code x} has another length than the model's features or
     *                                  {@code posteriori} is shorter than the classes
     */
    @Override
    public int predict(double[] x, double[] posteriori) {
        if (x.length != model.numFeatures()) {
            throw new IllegalArgumentException("the model takes " + model.numFeatures() + " features, the row has "
                    + x.length);
        }
        if (posteriori.length < classes.length) {
            throw new IllegalArgumentException("posteriori has room for " + posteriori.length + " of "
                    + classes.length + " classes");
        }
        float[] row = new float[x.length];
        for (int j = 0; j < x.length; j++) {
            row[j] = (float) x[j];
        }
        float[] proba = new float[classes.length];
        model.predictProba(row, 0, proba, 0, null);
        int best = 0;
        for (int c = 0; c < proba.length; c++) {
            posteriori[c] = proba[c];
            best = proba[c] > proba[best] ? c : best;
        }
        return best;
    }

    @Override
    public String toString() {
        return "CopseClassifier[" + model.description() + "]";
    }
}
