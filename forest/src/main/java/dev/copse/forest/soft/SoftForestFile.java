package dev.copse.forest.soft;

import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import dev.copse.core.modelfile.ModelFile;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft forests in Copse's model file format ({@link ModelFile}, model type {@value #MODEL_TYPE}).
 *
 * <p>The header holds the combination rule, the shape ({@code trees}, {@code features}, {@code classes}),
 * each tree's {@code maxDepth} and inner-node count, and whatever provenance the caller adds (training
 * options, data hash, seed). Arrays per tree {@code t}, named {@code tree.t.*}: {@code nodeIds[K]},
 * {@code leafness[K]}, {@code logits[K,C]}, {@code weights[m,d]}, {@code bias[m]}, {@code left[m]},
 * {@code right[m]}; and, when the forest scales its inputs, {@code scaling.mean[d]} and
 * {@code scaling.std[d]}. Loading re-runs the same validation as the {@link SoftTree} constructor, so a
 * damaged file is refused with a message, never turned into a wrong model.
 *
 * <p>Stateless and thread-safe.
 */
public final class SoftForestFile {

    /** The model type soft-forest files carry. */
    public static final String MODEL_TYPE = "soft-forest";

    private SoftForestFile() {
    }

    /** Writes {@code forest} to {@code file} atomically, with {@code provenance} in its header. */
    public static void save(SoftForest forest, JsonObject provenance, Path file) throws IOException {
        JsonObject shape = describe(forest);
        JsonObject.Builder header = JsonObject.builder();
        shape.members().forEach(header::put);
        header.put("provenance", provenance);
        ModelFileWriter out = new ModelFileWriter(MODEL_TYPE, header.build());
        writeArrays(forest, "", out);
        out.write(file);
    }

    /**
     * The header fields that {@link #read(ModelFile, String, JsonObject)} needs besides the arrays: the
     * combination, the shape and each tree's {@code maxDepth}, inner-node and node counts. A model file that
     * holds soft forests among other parts (a cascade) stores this object beside each forest.
     */
    public static JsonObject describe(SoftForest forest) {
        List<JsonValue> shapes = new ArrayList<>();
        for (SoftTree tree : forest.trees()) {
            shapes.add(JsonObject.builder().put("maxDepth", tree.maxDepth())
                    .put("innerNodes", tree.innerNodeCount()).put("nodes", tree.nodeCount()).build());
        }
        return JsonObject.builder()
                .put("combination", forest.combination().name())
                .put("trees", forest.numTrees())
                .put("features", forest.numFeatures())
                .put("classes", forest.numClasses())
                .put("scaled", forest.inputScaling().isPresent())
                .put("shapes", new JsonArray(shapes))
                .build();
    }

    /**
     * Adds the forest's arrays to {@code out}, named as in the class description; with a non-empty
     * {@code prefix} every name is preceded by {@code prefix} and a dot.
     */
    public static void writeArrays(SoftForest forest, String prefix, ModelFileWriter out) {
        int d = forest.numFeatures();
        int c = forest.numClasses();
        for (int t = 0; t < forest.numTrees(); t++) {
            SoftTree tree = forest.tree(t);
            int k = tree.nodeCount();
            int m = tree.innerNodeCount();
            int[] ids = new int[k];
            float[] leafness = new float[k];
            float[] logits = new float[k * c];
            for (int i = 0; i < k; i++) {
                ids[i] = tree.nodeId(i);
                leafness[i] = tree.leafness(i);
                System.arraycopy(tree.classLogits(i), 0, logits, i * c, c);
            }
            float[] weights = new float[m * d];
            float[] bias = new float[m];
            int[] left = new int[m];
            int[] right = new int[m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(tree.splitWeights(i), 0, weights, i * d, d);
                bias[i] = tree.splitBias(i);
                left[i] = tree.leftChild(i);
                right[i] = tree.rightChild(i);
            }
            String p = name(prefix, "tree." + t + ".");
            out.put(p + "nodeIds", ids, k).put(p + "leafness", leafness, k).put(p + "logits", logits, k, c)
                    .put(p + "weights", weights, m, d).put(p + "bias", bias, m)
                    .put(p + "left", left, m).put(p + "right", right, m);
        }
        if (forest.inputScaling().isPresent()) {
            InputScaling scaling = forest.inputScaling().get();
            out.put(name(prefix, "scaling.mean"), scaling.mean(), d).put(name(prefix, "scaling.std"), scaling.std(), d);
        }
    }

    /** Reads a soft forest written by {@link #save}; predictions are bit-identical to the saved forest's. */
    public static SoftForest load(Path file) throws IOException {
        return read(ModelFile.read(file));
    }

    /** Rebuilds the soft forest held by {@code file}. */
    public static SoftForest read(ModelFile file) throws ModelFileException {
        file.requireType(MODEL_TYPE);
        return read(file, "", file.header());
    }

    /**
     * Rebuilds a soft forest whose arrays {@link #writeArrays} put under {@code prefix} into a model file of
     * any type, from the header object {@link #describe} made of it.
     *
     * @throws ModelFileException naming the file if the description or the arrays do not hold a valid forest
     */
    public static SoftForest read(ModelFile file, String prefix, JsonObject description) throws ModelFileException {
        try {
            Combination combination = Combination.valueOf(description.get("combination").asString());
            int trees = intField(description, "trees");
            int d = intField(description, "features");
            int c = intField(description, "classes");
            JsonArray shapes = description.get("shapes").asArray();
            if (trees < 1 || shapes.size() != trees) {
                throw new ModelFileException(file.source(), "declares " + trees + " trees but " + shapes.size()
                        + " tree shapes" + where(prefix));
            }
            List<SoftTree> list = new ArrayList<>(trees);
            for (int t = 0; t < trees; t++) {
                JsonObject shape = shapes.get(t).asObject();
                int k = intField(shape, "nodes");
                int m = intField(shape, "innerNodes");
                String p = name(prefix, "tree." + t + ".");
                list.add(new SoftTree(intField(shape, "maxDepth"), d, c, file.ints(p + "nodeIds", k),
                        file.floats(p + "leafness", k), file.floats(p + "logits", k, c),
                        file.floats(p + "weights", m, d), file.floats(p + "bias", m),
                        file.ints(p + "left", m), file.ints(p + "right", m)));
            }
            SoftForest forest = new SoftForest(list, combination);
            if (description.get("scaled").asBoolean()) {
                forest = forest.withInputScaling(new InputScaling(file.floats(name(prefix, "scaling.mean"), d),
                        file.floats(name(prefix, "scaling.std"), d)));
            }
            return forest;
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            // Missing or wrong-typed header fields, or arrays the tree validation refuses.
            throw new ModelFileException(file.source(), "is not a valid soft forest" + where(prefix) + ": "
                    + e.getMessage());
        }
    }

    private static String name(String prefix, String rest) {
        return prefix.isEmpty() ? rest : prefix + "." + rest;
    }

    private static String where(String prefix) {
        return prefix.isEmpty() ? "" : " at '" + prefix + "'";
    }

    private static int intField(JsonObject object, String name) {
        return Math.toIntExact(object.get(name).asNumber().longValueExact());
    }
}
