package dev.copse.core.modelfile;

import dev.copse.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model file as read: its model type, the model's JSON header, and its named arrays.
 *
 * <h2>Layout (format version 1)</h2>
 * A <a href="https://huggingface.co/docs/safetensors">safetensors</a> file, chosen so that the weights are
 * readable from Python with no Copse code ({@code safetensors.numpy.load_file}):
 * <ol>
 *   <li>8 bytes: little-endian unsigned length {@code N} of the array table;</li>
 *   <li>{@code N} bytes: the array table, UTF-8 JSON padded with spaces: for each array
 *       {@code {"dtype": "F32"|"I32", "shape": [...], "data_offsets": [begin, end]}}, and under
 *       {@code "__metadata__"} string entries {@code copse.magic} (= {@value #MAGIC}),
 *       {@code copse.format_version}, {@code copse.model_type}, {@code copse.library_version},
 *       {@code copse.header} (the model's own JSON header as a string: hyperparameters, provenance) and
 *       {@code copse.sha256};</li>
 *   <li>the data: the arrays' little-endian values back to back, in table order.</li>
 * </ol>
 * The checksum is SHA-256 over the format version, model type, library version, header text, every
 * array's name, type, shape and offsets, and the data bytes, so a flipped bit anywhere but in the padding is detected.
 *
 * <p>Instances are immutable and thread-safe; the arrays they hand out are shared: treat them as read-only.
 */
public final class ModelFile {

    /** The format version this Copse writes; it reads this one and every earlier one. */
    public static final int FORMAT_VERSION = 1;
    /** The value of {@code copse.magic} that marks a Copse model file. */
    public static final String MAGIC = "copse-model";

    static final String METADATA = "__metadata__";
    static final String MAGIC_KEY = "copse.magic";
    static final String VERSION_KEY = "copse.format_version";
    static final String TYPE_KEY = "copse.model_type";
    static final String LIBRARY_KEY = "copse.library_version";
    static final String HEADER_KEY = "copse.header";
    static final String CHECKSUM_KEY = "copse.sha256";

    private final String source;
    private final int formatVersion;
    private final String modelType;
    private final String libraryVersion;
    private final JsonObject header;
    private final Map<String, Tensor> tensors;

    ModelFile(String source, int formatVersion, String modelType, String libraryVersion, JsonObject header,
              Map<String, Tensor> tensors) {
        this.source = source;
        this.formatVersion = formatVersion;
        this.modelType = modelType;
        this.libraryVersion = libraryVersion;
        this.header = header;
        this.tensors = Map.copyOf(tensors);
    }

    /** Where the file was read from, for messages. */
    public String source() {
        return source;
    }

    /** The format version the file was written in, at most {@link #FORMAT_VERSION}. */
    public int formatVersion() {
        return formatVersion;
    }

    /** The model type the writer declared, e.g. {@code "soft-forest"}. */
    public String modelType() {
        return modelType;
    }

    /** The Copse version that wrote the file. */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** The model's own header: hyperparameters, provenance and whatever else its writer put there. */
    public JsonObject header() {
        return header;
    }

    /** Names of the arrays in the file. */
    public Set<String> arrayNames() {
        return tensors.keySet();
    }

    /**
     * Checks that the file holds a model of {@code expectedType}.
     *
     * @throws ModelFileException naming both types if it does not
     */
    public ModelFile requireType(String expectedType) throws ModelFileException {
        if (!modelType.equals(expectedType)) {
            throw new ModelFileException(source, "holds a " + modelType + " model, not a " + expectedType);
        }
        return this;
    }

    /** Reads and verifies {@code file}; see {@link ModelFileReader#read}. */
    public static ModelFile read(Path file) throws IOException {
        return ModelFileReader.read(file);
    }

    /** The shape of array {@code name}. */
    public int[] shape(String name) throws ModelFileException {
        return tensor(name).shape().clone();
    }

    /**
     * The float array {@code name}, which must have the given shape and hold only finite values (a model
     * with NaN or infinite weights would answer silently wrong).
     *
     * @throws ModelFileException if the array is missing, of another type or shape, or not finite
     */
    public float[] floats(String name, int... expectedShape) throws ModelFileException {
        Tensor tensor = typed(name, TensorType.F32, expectedShape);
        float[] values = tensor.floats();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new ModelFileException(source, "array '" + name + "' holds " + values[i] + " at index " + i
                        + "; model weights must be finite");
            }
        }
        return values;
    }

    /**
     * The int array {@code name}, which must have the given shape.
     *
     * @throws ModelFileException if the array is missing or of another type or shape
     */
    public int[] ints(String name, int... expectedShape) throws ModelFileException {
        return typed(name, TensorType.I32, expectedShape).ints();
    }

    private Tensor typed(String name, TensorType type, int[] expectedShape) throws ModelFileException {
        Tensor tensor = tensor(name);
        if (tensor.type() != type) {
            throw new ModelFileException(source, "array '" + name + "' is " + tensor.type().code() + ", expected "
                    + type.code());
        }
        if (!Arrays.equals(tensor.shape(), expectedShape)) {
            throw new ModelFileException(source, "array '" + name + "' has shape " + Arrays.toString(tensor.shape())
                    + ", expected " + Arrays.toString(expectedShape));
        }
        return tensor;
    }

    private Tensor tensor(String name) throws ModelFileException {
        Tensor tensor = tensors.get(name);
        if (tensor == null) {
            throw new ModelFileException(source, "has no array '" + name + "' (a " + modelType
                    + " model file needs it)");
        }
        return tensor;
    }

    static String checksum(int formatVersion, String modelType, String libraryVersion, String headerText,
                           List<TensorEntry> entries, byte[] data) {
        MessageDigest digest = sha256();
        update(digest, Integer.toString(formatVersion));
        update(digest, modelType);
        update(digest, libraryVersion);
        update(digest, headerText);
        for (TensorEntry entry : entries) {
            update(digest, entry.name());
            update(digest, entry.type().code());
            update(digest, Arrays.toString(entry.shape()));
            update(digest, entry.begin() + ":" + entry.end());
        }
        digest.update(data);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each field is length-prefixed, so that moving text from one field to the next changes the digest. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
