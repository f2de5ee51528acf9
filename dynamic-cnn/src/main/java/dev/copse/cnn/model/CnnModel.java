package dev.copse.cnn.model;

import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.core.data.Dataset;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import dev.copse.core.kernel.Softmax;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.CostLedger;
import dev.copse.efficiency.cost.CostReporting;
import dev.copse.efficiency.cost.StaticCost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained convolutional classifier: its {@link Architecture}, a copy of every parameter and running
 * estimate, its class names and a free-form description of how it was trained. Immutable: the arrays are
 * copied in and never handed out for writing.
 *
 * <p><b>Files.</b> {@link #save} writes a Copse model file ({@link ModelFile}) of type
 * {@link Architecture#modelType()} whose header holds {@code architecture}, {@code class_names} and
 * {@code training}, and whose arrays are the parameters (with their logical shapes) and running states
 * (1-D) under their qualified names. {@link #load} restores a model whose predictions are bit-identical.
 *
 * <p><b>Prediction.</b> {@link #predict} and {@link #probabilities} run inference image by image on the
 * threads of the shared pool ({@link SampleParallelInference}), {@value #BATCH} images per round, on
 * networks bound to the model's arrays (nothing is copied; inference only reads them).
 *
 * <p>Thread-safe: every call builds its own network buffers.
 */
public abstract sealed class CnnModel implements CostReporting permits ResNetModel, DenseNetModel {

    /** Images per inference batch in {@link #predict}. */
    public static final int BATCH = 256;

    private final Architecture architecture;
    private final Map<String, float[]> arrays;
    private final Map<String, int[]> shapes;
    private final List<String> classNames;
    private final JsonObject training;
    private final StaticCost staticCost;

    CnnModel(Network network, List<String> classNames, JsonObject training) {
        this.architecture = network.architecture();
        if (classNames.size() != architecture.classes()) {
            throw new IllegalArgumentException(classNames.size() + " class names for a network with "
                    + architecture.classes() + " classes");
        }
        Map<String, float[]> copies = new LinkedHashMap<>();
        Map<String, int[]> dims = new LinkedHashMap<>();
        long parameterCount = 0;
        for (Parameter p : network.parameters()) {
            put(copies, p.name(), p.values());
            dims.put(p.name(), p.shape());
            parameterCount += p.size();
        }
        for (RunningState s : network.runningStates()) {
            put(copies, s.name(), s.values());
            dims.put(s.name(), new int[] {s.values().length});
        }
        this.arrays = Collections.unmodifiableMap(copies);
        this.shapes = Collections.unmodifiableMap(dims);
        this.classNames = List.copyOf(classNames);
        this.training = training;
        CostLedger ledger = new CostLedger();
        network.recordCost(ledger);
        this.staticCost = new StaticCost(parameterCount, 4 * parameterCount, ledger.snapshot());
    }

    private static void put(Map<String, float[]> copies, String name, float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("array '" + name + "' holds " + v
                        + "; a model's weights must be finite (training diverged?)");
            }
        }
        if (copies.put(name, values.clone()) != null) {
            throw new IllegalArgumentException("two arrays of the network are both called '" + name + "'");
        }
    }

    /** The structure of the network. */
    public Architecture architecture() {
        return architecture;
    }

    /** Class names, index = label. */
    public List<String> classNames() {
        return classNames;
    }

    /** How the model was trained (seed, epochs, data, accuracy, ...), as the trainer recorded it. */
    public JsonObject training() {
        return training;
    }

    /** Parameters, their bytes as float32, and the cost of one full-precision inference. */
    @Override
    public StaticCost staticCost() {
        return staticCost;
    }

    /** A trainable network initialised with copies of this model's arrays (for fine-tuning). */
    public Network newNetwork() {
        Map<String, float[]> copies = new LinkedHashMap<>();
        arrays.forEach((name, values) -> copies.put(name, values.clone()));
        return architecture.build(ParameterSource.loading(copies));
    }

    /** A network that reads this model's arrays directly; only for inference, which never writes them. */
    Network inferenceNetwork() {
        return architecture.build(ParameterSource.loading(arrays));
    }

    /**
     * The most probable class of every row of {@code data}.
     *
     * @throws IllegalArgumentException when the rows are not images of the model's input shape
     */
    public int[] predict(Dataset data) {
        float[] probabilities = probabilities(data);
        int classes = architecture.classes();
        int[] labels = new int[data.size()];
        for (int n = 0; n < labels.length; n++) {
            int best = 0;
            for (int c = 1; c < classes; c++) {
                if (probabilities[n * classes + c] > probabilities[n * classes + best]) {
                    best = c;
                }
            }
            labels[n] = best;
        }
        return labels;
    }

    /**
     * The class probabilities of every row of {@code data}, {@code [rows][classes]} row-major.
     *
     * @throws IllegalArgumentException when the rows are not images of the model's input shape
     */
    public float[] probabilities(Dataset data) {
        checkData(data);
        SampleParallelInference inference = new SampleParallelInference(inferenceNetwork());
        int classes = architecture.classes();
        float[] result = new float[Math.multiplyExact(data.size(), classes)];
        int d = data.numFeatures();
        float[] images = new float[Math.min(BATCH, data.size()) * d];
        for (int start = 0; start < data.size(); start += BATCH) {
            int batch = Math.min(BATCH, data.size() - start);
            System.arraycopy(data.features(), start * d, images, 0, batch * d);
            float[] logits = inference.logits(images, batch);
            Softmax.rows(batch, classes, logits, 0, result, start * classes);
        }
        return result;
    }

    /** The fraction of rows of {@code data} whose predicted class is their label. */
    public double accuracy(Dataset data) {
        int[] predicted = predict(data);
        int correct = 0;
        for (int n = 0; n < predicted.length; n++) {
            if (predicted[n] == data.labels()[n]) {
                correct++;
            }
        }
        return (double) correct / predicted.length;
    }

    void checkData(Dataset data) {
        if (data.numFeatures() != architecture.inputShape().size()) {
            throw new IllegalArgumentException("the data has " + data.numFeatures() + " features per row but the model "
                    + "reads " + architecture.inputShape() + " images (" + architecture.inputShape().size()
                    + " values)");
        }
    }

    /**
     * Writes the model atomically to {@code file} (see the class description).
     *
     * @throws IOException when writing fails
     */
    public void save(Path file) throws IOException {
        List<JsonValue> names = new ArrayList<>();
        classNames.forEach(name -> names.add(new JsonString(name)));
        JsonObject header = JsonObject.builder()
                .put("architecture", architecture.toJson())
                .put("class_names", new JsonArray(names))
                .put("training", training)
                .build();
        ModelFileWriter writer = new ModelFileWriter(architecture.modelType(), header);
        arrays.forEach((name, values) -> writer.put(name, values, shapes.get(name)));
        writer.write(file);
    }

    /**
     * Reads a model saved by {@link #save}, of either type.
     *
     * @throws ModelFileException naming the file and the problem when it is not a CNN model, is damaged, or
     *                            its arrays do not fit its architecture
     * @throws IOException        when reading fails
     */
    public static CnnModel load(Path file) throws IOException {
        ModelFile model = ModelFile.read(file);
        return switch (model.modelType()) {
            case ResNetSpec.MODEL_TYPE -> ResNetModel.from(model);
            case DenseNetSpec.MODEL_TYPE -> DenseNetModel.from(model);
            default -> throw new ModelFileException(model.source(), "holds a " + model.modelType()
                    + " model, not a CNN (" + ResNetSpec.MODEL_TYPE + " or " + DenseNetSpec.MODEL_TYPE + ")");
        };
    }

    /** The network described by a model file, with the file's arrays, checked against the architecture. */
    static Network readNetwork(ModelFile model) throws ModelFileException {
        Architecture architecture;
        try {
            architecture = Architecture.fromJson(model.modelType(), model.header().get("architecture").asObject());
        } catch (RuntimeException e) {
            throw new ModelFileException(model.source(), "has an invalid architecture header: " + e.getMessage());
        }
        Network template = architecture.initialize(0);
        Map<String, float[]> arrays = new LinkedHashMap<>();
        for (Parameter p : template.parameters()) {
            arrays.put(p.name(), model.floats(p.name(), p.shape()));
        }
        for (RunningState s : template.runningStates()) {
            arrays.put(s.name(), model.floats(s.name(), s.values().length));
        }
        return architecture.build(ParameterSource.loading(arrays));
    }

    /** The class names in a model file's header. */
    static List<String> readClassNames(ModelFile model) throws ModelFileException {
        try {
            List<String> names = new ArrayList<>();
            for (JsonValue value : model.header().get("class_names").asArray().items()) {
                names.add(value.asString());
            }
            return names;
        } catch (RuntimeException e) {
            throw new ModelFileException(model.source(), "has no valid class_names in its header: " + e.getMessage());
        }
    }

    /** The training description in a model file's header. */
    static JsonObject readTraining(ModelFile model) throws ModelFileException {
        try {
            return model.header().get("training").asObject();
        } catch (RuntimeException e) {
            throw new ModelFileException(model.source(), "has no valid training object in its header: "
                    + e.getMessage());
        }
    }
}
