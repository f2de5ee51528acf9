package dev.copse.cnn.dfs;

import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.model.ResNetSpec;
import dev.copse.core.data.Dataset;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import dev.copse.efficiency.cost.Cost;
import dev.copse.efficiency.cost.CostLedger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained DFS network: the ResNet backbone, the gate, the {@link BitwidthOptions}, class names and how it
 * was trained. Immutable: the arrays are copied in and never handed out for writing.
 *
 * <p><b>Inference</b> ({@link #evaluate}, {@link #predict}) runs only the branch the gate chose for each
 * sample ({@link DfsExecutor}) and records each sample's realised cost.
 *
 * <p><b>File.</b> {@link #save} writes a Copse model file ({@link ModelFile}, versioned and checksummed) of
 * type {@value #MODEL_TYPE}; its header holds {@code architecture} (the backbone's {@link ResNetSpec}),
 * {@code options} (bitwidths, 0 = skip), {@code class_names} and {@code training}; its arrays are every
 * parameter and running estimate by name. {@link #load} restores a model with bit-identical predictions.
 *
 * <p>Thread-safe: every call builds its own network buffers.
 */
public final class DfsModel {

    /** The model type in model files. */
    public static final String MODEL_TYPE = "dfs-resnet";
    /** Images per inference batch. */
    public static final int BATCH = 256;

    private final ResNetSpec spec;
    private final BitwidthOptions options;
    private final Map<String, float[]> arrays;
    private final Map<String, int[]> shapes;
    private final List<String> classNames;
    private final JsonObject training;

    private DfsModel(ResNetSpec spec, BitwidthOptions options, Map<String, float[]> arrays, Map<String, int[]> shapes,
                     List<String> classNames, JsonObject training) {
        if (classNames.size() != spec.classes()) {
            throw new IllegalArgumentException(classNames.size() + " class names for a network with " + spec.classes()
                    + " classes");
        }
        this.spec = spec;
        this.options = options;
        this.arrays = Collections.unmodifiableMap(arrays);
        this.shapes = Collections.unmodifiableMap(shapes);
        this.classNames = List.copyOf(classNames);
        this.training = training;
    }

    /**
     * A model holding copies of {@code network}'s arrays.
     *
     * @throws IllegalArgumentException when an array is not finite or the class names do not fit
     */
    public static DfsModel of(DfsNetwork network, List<String> classNames, JsonObject training) {
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (Parameter p : network.allParameters()) {
            put(arrays, p.name(), p.values());
            shapes.put(p.name(), p.shape());
        }
        for (RunningState s : network.runningStates()) {
            put(arrays, s.name(), s.values());
            shapes.put(s.name(), new int[] {s.values().length});
        }
        return new DfsModel(network.architecture(), network.options(), arrays, shapes, classNames, training);
    }

    private static void put(Map<String, float[]> arrays, String name, float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("array '" + name + "' holds " + v
                        + "; a model's weights must be finite (training diverged?)");
            }
        }
        if (arrays.put(name, values.clone()) != null) {
            throw new IllegalArgumentException("two arrays of the network are both called '" + name + "'");
        }
    }

    /** The backbone's architecture. */
    public ResNetSpec architecture() {
        return spec;
    }

    /** The options of every gated block. */
    public BitwidthOptions options() {
        return options;
    }

    /** Class names, index = label. */
    public List<String> classNames() {
        return classNames;
    }

    /** How the model was trained, as the trainer recorded it. */
    public JsonObject training() {
        return training;
    }

    /** A trainable network initialised with copies of this model's arrays (for further training). */
    public DfsNetwork newNetwork() {
        Map<String, float[]> copies = new LinkedHashMap<>();
        arrays.forEach((name, values) -> copies.put(name, values.clone()));
        return new DfsNetwork(spec, options, ParameterSource.loading(copies));
    }

    /** An executor over this model's arrays, shared (inference never writes them). */
    public DfsExecutor newExecutor() {
        return new DfsExecutor(new DfsNetwork(spec, options, ParameterSource.loading(arrays)));
    }

    /** The predicted class of every row of {@code data}. */
    public int[] predict(Dataset data) {
        return evaluate(data).predicted();
    }

    /**
     * Runs every row of {@code data} with the gate's decisions (only the chosen branches computed) and returns
     * the predictions, decisions and per-sample costs.
     *
     * @throws IllegalArgumentException when the rows are not images of the model's input shape
     */
    public DfsEvaluation evaluate(Dataset data) {
        int d = spec.inputShape().size();
        if (data.numFeatures() != d) {
            throw new IllegalArgumentException("the data has " + data.numFeatures() + " features per row but the DFS "
                    + "model reads " + spec.inputShape() + " images (" + d + " values)");
        }
        DfsExecutor executor = newExecutor();
        int rows = data.size();
        int classes = spec.classes();
        int[] predicted = new int[rows];
        int[][] choices = new int[rows][];
        Cost[] costs = new Cost[rows];
        float[] images = new float[Math.min(BATCH, rows) * d];
        int correct = 0;
        for (int start = 0; start < rows; start += BATCH) {
            int batch = Math.min(BATCH, rows - start);
            System.arraycopy(data.features(), start * d, images, 0, batch * d);
            CostLedger[] ledgers = new CostLedger[batch];
            for (int n = 0; n < batch; n++) {
                ledgers[n] = new CostLedger();
            }
            DfsExecutor.Result result = executor.run(images, batch, ledgers);
            for (int n = 0; n < batch; n++) {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (result.logits()[n * classes + c] > result.logits()[n * classes + best]) {
                        best = c;
                    }
                }
                predicted[start + n] = best;
                correct += best == data.labels()[start + n] ? 1 : 0;
                choices[start + n] = result.choices()[n];
                costs[start + n] = ledgers[n].snapshot();
            }
        }
        int[] gated = new int[spec.blocks() - 1];
        for (int s = 0; s < gated.length; s++) {
            gated[s] = s + 1;
        }
        return new DfsEvaluation(predicted, (double) correct / rows, choices, costs,
                DecisionCounts.of(options, gated, choices));
    }

    /**
     * Writes the model atomically to {@code file} (see the class description).
     *
     * @throws IOException when writing fails
     */
    public void save(Path file) throws IOException {
        List<JsonValue> names = new ArrayList<>();
        classNames.forEach(name -> names.add(new JsonString(name)));
        List<JsonValue> bits = new ArrayList<>();
        options.asList().forEach(b -> bits.add(JsonNumber.of(b)));
        JsonObject header = JsonObject.builder()
                .put("architecture", spec.toJson())
                .put("options", new JsonArray(bits))
                .put("class_names", new JsonArray(names))
                .put("training", training)
                .build();
        ModelFileWriter writer = new ModelFileWriter(MODEL_TYPE, header);
        arrays.forEach((name, values) -> writer.put(name, values, shapes.get(name)));
        writer.write(file);
    }

    /**
     * Reads a model written by {@link #save}.
     *
     * @throws ModelFileException naming the file and the problem when it is not a DFS model, is damaged, or its
     *                            arrays do not fit its architecture
     * @throws IOException        when reading fails
     */
    public static DfsModel load(Path file) throws IOException {
        ModelFile model = ModelFile.read(file);
        model.requireType(MODEL_TYPE);
        ResNetSpec spec;
        BitwidthOptions options;
        List<String> classNames = new ArrayList<>();
        JsonObject training;
        try {
            spec = ResNetSpec.fromJson(model.header().get("architecture").asObject());
            JsonArray bits = model.header().get("options").asArray();
            int[] values = new int[bits.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = Math.toIntExact(bits.get(k).asNumber().longValueExact());
            }
            options = BitwidthOptions.of(values);
            for (JsonValue name : model.header().get("class_names").asArray().items()) {
                classNames.add(name.asString());
            }
            training = model.header().get("training").asObject();
        } catch (RuntimeException e) {
            throw new ModelFileException(model.source(), "has an invalid DFS header (architecture, options, "
                    + "class_names, training): " + e.getMessage());
        }
        DfsNetwork template = new DfsNetwork(spec, options, ParameterSource.initializing(0));
        Map<String, float[]> arrays = new LinkedHashMap<>();
        Map<String, int[]> shapes = new LinkedHashMap<>();
        for (Parameter p : template.allParameters()) {
            arrays.put(p.name(), model.floats(p.name(), p.shape()));
            shapes.put(p.name(), p.shape());
        }
        for (RunningState s : template.runningStates()) {
            arrays.put(s.name(), model.floats(s.name(), s.values().length));
            shapes.put(s.name(), new int[] {s.values().length});
        }
        try {
            return new DfsModel(spec, options, arrays, shapes, classNames, training);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(model.source(), e.getMessage());
        }
    }
}
