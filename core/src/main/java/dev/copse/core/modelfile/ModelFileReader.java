package dev.copse.core.modelfile;

import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonParseException;
import dev.copse.core.json.JsonParser;
import dev.copse.core.json.JsonString;
import dev.copse.core.json.JsonValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads model files (layout in {@link ModelFile}) defensively: every declared size is checked against the
 * file before anything is allocated, the JSON parser has depth and length limits, arrays must tile the data
 * section exactly, and the checksum must match. A bad file always ends in a {@link ModelFileException} that
 * names the file and the problem; nothing is deserialized by Java's object serialization.
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelFileReader {

    /** The array table may take at most this many bytes (safetensors itself caps it at 100 MB). */
    static final long MAX_TABLE_BYTES = 16L << 20;
    /** At most this many arrays per file. */
    static final int MAX_ARRAYS = 1 << 16;
    /** Arrays of more than 8 dimensions are not something any Copse model writes. */
    static final int MAX_RANK = 8;

    private ModelFileReader() {
    }

    /** Reads and verifies {@code file}. */
    public static ModelFile read(Path file) throws IOException {
        String source = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new ModelFileException(source, size == 0 ? "is empty" : "is too short (" + size
                        + " bytes) to be a model file");
            }
            if (size > Integer.MAX_VALUE) {
                throw new ModelFileException(source, "is " + size + " bytes; Copse model files are at most 2 GiB");
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            int read = 0;
            while (read >= 0 && bytes.hasRemaining()) {
                read = channel.read(bytes);
            }
            if (bytes.hasRemaining()) {
                throw new ModelFileException(source, "changed size while being read");
            }
            return parse(bytes.array(), source);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(source, "does not exist");
        }
    }

    /** Parses and verifies the bytes of a model file; {@code source} names it in messages. */
    public static ModelFile parse(byte[] bytes, String source) throws ModelFileException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 8) {
            throw new ModelFileException(source, "is too short (" + bytes.length + " bytes) to be a model file");
        }
        long tableLength = buffer.getLong(0);
        if (tableLength < 2 || tableLength > MAX_TABLE_BYTES || tableLength > bytes.length - 8) {
            throw new ModelFileException(source, "declares an array table of " + Long.toUnsignedString(tableLength)
                    + " bytes, but the file has " + (bytes.length - 8) + " bytes after the length field"
                    + " (limit " + MAX_TABLE_BYTES + "); it is not a Copse model file or it is truncated");
        }
        int dataStart = 8 + (int) tableLength;
        JsonObject table = table(bytes, (int) tableLength, source);
        JsonObject metadata = object(table.find(ModelFile.METADATA).orElse(null), ModelFile.METADATA, source);
        String magic = string(metadata, ModelFile.MAGIC_KEY, source);
        if (!magic.equals(ModelFile.MAGIC)) {
            throw new ModelFileException(source, "is a safetensors file but not a Copse model (copse.magic is '"
                    + magic + "')");
        }
        int version = formatVersion(string(metadata, ModelFile.VERSION_KEY, source), source);
        String modelType = string(metadata, ModelFile.TYPE_KEY, source);
        String libraryVersion = string(metadata, ModelFile.LIBRARY_KEY, source);
        String headerText = string(metadata, ModelFile.HEADER_KEY, source);
        String checksum = string(metadata, ModelFile.CHECKSUM_KEY, source);

        List<TensorEntry> entries = entries(table, bytes.length - dataStart, source);
        byte[] data = Arrays.copyOfRange(bytes, dataStart, bytes.length);
        String actual = ModelFile.checksum(version, modelType, libraryVersion, headerText, entries, data);
        if (!actual.equals(checksum)) {
            throw new ModelFileException(source, "checksum mismatch (file says " + checksum + ", content hashes to "
                    + actual + "): the file is damaged");
        }
        JsonObject header = object(parseJson(headerText, source + " (" + ModelFile.HEADER_KEY + ")"),
                ModelFile.HEADER_KEY, source);
        Map<String, Tensor> tensors = new LinkedHashMap<>();
        ByteBuffer dataBuffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (TensorEntry entry : entries) {
            tensors.put(entry.name(), decode(entry, dataBuffer));
        }
        return new ModelFile(source, version, modelType, libraryVersion, header, tensors);
    }

    private static JsonObject table(byte[] bytes, int length, String source) throws ModelFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 8, length)).toString();
        } catch (CharacterCodingException e) {
            throw new ModelFileException(source, "array table is not valid UTF-8; it is not a Copse model file");
        }
        return object(parseJson(text.stripTrailing(), source), "array table", source);
    }

    private static JsonValue parseJson(String text, String source) throws ModelFileException {
        try {
            return new JsonParser(64, (int) MAX_TABLE_BYTES).parse(text, source);
        } catch (JsonParseException e) {
            throw new ModelFileException(source, "malformed JSON: " + e.getMessage());
        }
    }

    private static int formatVersion(String text, String source) throws ModelFileException {
        int version;
        try {
            version = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ModelFileException(source, "format version '" + text + "' is not a number");
        }
        if (version < 1) {
            throw new ModelFileException(source, "format version " + version + " does not exist");
        }
        if (version > ModelFile.FORMAT_VERSION) {
            throw new ModelFileException(source, "was written in model format version " + version
                    + ", newer than this Copse reads (" + ModelFile.FORMAT_VERSION + "); upgrade Copse");
        }
        return version;
    }

    private static List<TensorEntry> entries(JsonObject table, long dataLength, String source)
            throws ModelFileException {
        if (table.size() - 1 > MAX_ARRAYS) {
            throw new ModelFileException(source, "declares " + (table.size() - 1) + " arrays; at most " + MAX_ARRAYS);
        }
        List<TensorEntry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonValue> member : table.members().entrySet()) {
            if (!member.getKey().equals(ModelFile.METADATA)) {
                entries.add(entry(member.getKey(), member.getValue(), source));
            }
        }
        // safetensors requires the arrays to tile the data section without gaps or overlaps.
        List<TensorEntry> byOffset = new ArrayList<>(entries);
        byOffset.sort((a, b) -> Long.compare(a.begin(), b.begin()));
        long expected = 0;
        for (TensorEntry entry : byOffset) {
            if (entry.begin() != expected) {
                throw new ModelFileException(source, "array '" + entry.name() + "' starts at byte " + entry.begin()
                        + " of the data section, expected " + expected + " (gap or overlap)");
            }
            expected = entry.end();
        }
        if (expected != dataLength) {
            throw new ModelFileException(source, "arrays cover " + expected + " bytes but the data section has "
                    + dataLength + (expected > dataLength ? " (truncated file)" : " (trailing bytes)"));
        }
        return entries;
    }

    private static TensorEntry entry(String name, JsonValue value, String source) throws ModelFileException {
        String where = "array '" + name + "'";
        JsonObject object = object(value, where, source);
        JsonValue dtype = object.find("dtype").orElse(null);
        TensorType type = dtype instanceof JsonString code ? TensorType.byCode(code.value()) : null;
        if (type == null) {
            throw new ModelFileException(source, where + " has dtype " + dtype + "; Copse reads F32 and I32");
        }
        long[] shape = numbers(object, "shape", where, source, MAX_RANK);
        long[] offsets = numbers(object, "data_offsets", where, source, 2);
        int[] dims = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
                throw new ModelFileException(source, where + " has dimension " + shape[i]);
            }
            dims[i] = (int) shape[i];
        }
        long elements = Tensor.elements(dims);
        if (offsets.length != 2 || elements < 0 || offsets[0] < 0 || offsets[1] < offsets[0]
                || offsets[1] - offsets[0] != elements * type.bytes()) {
            throw new ModelFileException(source, where + " has data_offsets " + Arrays.toString(offsets)
                    + " that do not fit its shape " + Arrays.toString(dims) + " of " + type.code());
        }
        return new TensorEntry(name, type, dims, offsets[0], offsets[1]);
    }

    private static long[] numbers(JsonObject object, String key, String where, String source, int maxLength)
            throws ModelFileException {
        JsonValue value = object.find(key).orElse(null);
        if (!(value instanceof JsonArray array) || array.size() > maxLength) {
            throw new ModelFileException(source, where + " needs '" + key + "' as an array of at most " + maxLength
                    + " whole numbers");
        }
        long[] numbers = new long[array.size()];
        for (int i = 0; i < numbers.length; i++) {
            if (!(array.get(i) instanceof JsonNumber number) || !number.isIntegral()) {
                throw new ModelFileException(source, where + " has a non-integer in '" + key + "'");
            }
            numbers[i] = number.longValueExact();
        }
        return numbers;
    }

    private static Tensor decode(TensorEntry entry, ByteBuffer data) {
        int count = (int) ((entry.end() - entry.begin()) / entry.type().bytes());
        ByteBuffer slice = data.slice((int) entry.begin(), (int) (entry.end() - entry.begin()))
                .order(ByteOrder.LITTLE_ENDIAN);
        if (entry.type() == TensorType.F32) {
            float[] values = new float[count];
            slice.asFloatBuffer().get(values);
            return new Tensor(TensorType.F32, entry.shape(), values, null);
        }
        int[] values = new int[count];
        slice.asIntBuffer().get(values);
        return new Tensor(TensorType.I32, entry.shape(), null, values);
    }

    private static JsonObject object(JsonValue value, String what, String source) throws ModelFileException {
        if (!(value instanceof JsonObject object)) {
            throw new ModelFileException(source, what + " is missing or not a JSON object");
        }
        return object;
    }

    private static String string(JsonObject metadata, String key, String source) throws ModelFileException {
        JsonValue value = metadata.find(key).orElse(null);
        if (!(value instanceof JsonString text)) {
            throw new ModelFileException(source, "metadata entry " + key + " is missing or not a string;"
                    + " it is not a Copse model file");
        }
        return text.value();
    }
}
