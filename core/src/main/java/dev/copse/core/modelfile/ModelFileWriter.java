package dev.copse.core.modelfile;

import dev.copse.core.LibraryVersion;
import dev.copse.core.io.AtomicFiles;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import dev.copse.core.json.JsonWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a model's header and arrays and writes them as one model file (layout in {@link ModelFile}).
 * The file is written atomically: a crash mid-way never leaves a half-written model under the final name.
 *
 * <p>Not thread-safe; one writer per file. Arrays are referenced, not copied, until {@link #write}.
 */
public final class ModelFileWriter {

    private final String modelType;
    private final JsonObject header;
    private final Map<String, Tensor> tensors = new LinkedHashMap<>();

    /**
     * @param modelType short model name, e.g. {@code "soft-forest"}; the reader checks it
     * @param header    the model's own description: hyperparameters, provenance (data hash, seed, training
     *                  time), class names, anything needed to rebuild it besides the arrays
     */
    public ModelFileWriter(String modelType, JsonObject header) {
        if (modelType == null || modelType.isBlank()) {
            throw new IllegalArgumentException("model type must not be empty");
        }
        if (header == null) {
            throw new IllegalArgumentException("header must not be null");
        }
        this.modelType = modelType;
        this.header = header;
    }

    /** Adds a float array of the given shape; the product of the shape must equal its length. */
    public ModelFileWriter put(String name, float[] values, int... shape) {
        return add(name, Tensor.of(values, shape));
    }

    /** Adds an int array of the given shape; the product of the shape must equal its length. */
    public ModelFileWriter put(String name, int[] values, int... shape) {
        return add(name, Tensor.of(values, shape));
    }

    private ModelFileWriter add(String name, Tensor tensor) {
        if (name == null || name.isEmpty() || name.equals(ModelFile.METADATA)) {
            throw new IllegalArgumentException("invalid array name '" + name + "'");
        }
        if (tensors.putIfAbsent(name, tensor) != null) {
            throw new IllegalArgumentException("array '" + name + "' was added twice");
        }
        return this;
    }

    /** Writes the file atomically (temporary file, fsync, rename), replacing {@code file} if it exists. */
    public void write(Path file) throws IOException {
        byte[] data = data();
        List<TensorEntry> entries = entries();
        String headerText = JsonWriter.compact(header);
        String checksum = ModelFile.checksum(ModelFile.FORMAT_VERSION, modelType, LibraryVersion.current(),
                headerText, entries, data);
        JsonObject.Builder table = JsonObject.builder();
        table.put(ModelFile.METADATA, JsonObject.builder()
                .put(ModelFile.MAGIC_KEY, ModelFile.MAGIC)
                .put(ModelFile.VERSION_KEY, Integer.toString(ModelFile.FORMAT_VERSION))
                .put(ModelFile.TYPE_KEY, modelType)
                .put(ModelFile.LIBRARY_KEY, LibraryVersion.current())
                .put(ModelFile.HEADER_KEY, headerText)
                .put(ModelFile.CHECKSUM_KEY, checksum)
                .build());
        for (TensorEntry entry : entries) {
            List<JsonValue> shape = new ArrayList<>();
            for (int dim : entry.shape()) {
                shape.add(JsonNumber.of(dim));
            }
            table.put(entry.name(), JsonObject.builder()
                    .put("dtype", entry.type().code())
                    .put("shape", new JsonArray(shape))
                    .put("data_offsets", JsonArray.of(JsonNumber.of(entry.begin()), JsonNumber.of(entry.end())))
                    .build());
        }
        byte[] tableBytes = padded(JsonWriter.compact(table.build()).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, out -> {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(tableBytes.length).array());
            out.write(tableBytes);
            out.write(data);
        });
    }

    private List<TensorEntry> entries() {
        List<TensorEntry> entries = new ArrayList<>();
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            Tensor tensor = e.getValue();
            long end = offset + (long) tensor.length() * tensor.type().bytes();
            entries.add(new TensorEntry(e.getKey(), tensor.type(), tensor.shape(), offset, end));
            offset = end;
        }
        return entries;
    }

    private byte[] data() {
        long size = 0;
        for (Tensor tensor : tensors.values()) {
            size += (long) tensor.length() * tensor.type().bytes();
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("model arrays hold " + size + " bytes; at most 2 GiB fit one file");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
        for (Tensor tensor : tensors.values()) {
            if (tensor.type() == TensorType.F32) {
                buffer.asFloatBuffer().put(tensor.floats());
            } else {
                buffer.asIntBuffer().put(tensor.ints());
            }
            buffer.position(buffer.position() + tensor.length() * tensor.type().bytes());
        }
        return buffer.array();
    }

    /** safetensors recommends padding the header with spaces to a multiple of 8 bytes, aligning the data. */
    private static byte[] padded(byte[] table) {
        int length = (table.length + 7) & ~7;
        byte[] padded = new byte[length];
        System.arraycopy(table, 0, padded, 0, table.length);
        for (int i = table.length; i < length; i++) {
            padded[i] = ' ';
        }
        return padded;
    }
}
