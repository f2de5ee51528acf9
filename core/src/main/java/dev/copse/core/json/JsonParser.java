package dev.copse.core.json;

import dev.copse.core.json.JsonParseException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 8259 JSON parser that is safe on hostile input.
 *
 * <p>Strict: exactly one value (any kind, surrounded by optional whitespace); no comments, trailing commas,
 * single quotes, leading zeros, {@code NaN}, unescaped control characters, unpaired surrogates or duplicate
 * member names. Numbers follow {@link JsonNumber}: integral when written without fraction or exponent and
 * within {@code long} range, otherwise the correctly rounded {@code double}.
 *
 * <p>Safe: the input length is capped ({@link #maxLength()} chars) and so is the nesting depth of objects
 * and arrays ({@link #maxDepth()}); the parser keeps its own stack instead of recursing, so no input can
 * cause a {@link StackOverflowError}; work is linear in the input length, so it never hangs. For any
 * input the parser either returns a value or throws {@link JsonParseException}.
 *
 * <p>Immutable and thread-safe; each call allocates its own state.
 */
public final class JsonParser {

    /** Default nesting limit: far deeper than any header or report Copse writes. */
    public static final int DEFAULT_MAX_DEPTH = 512;

    /** Default length limit in chars (16 Mi). */
    public static final int DEFAULT_MAX_LENGTH = 16 * 1024 * 1024;

    private static final JsonParser DEFAULTS = new JsonParser(DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH);

    private final int maxDepth;
    private final int maxLength;

    /**
     * A parser with the given limits.
     *
     * @param maxDepth  most objects/arrays that may be open at once, at least 1
     * @param maxLength most chars of input, at least 1
     */
    public JsonParser(int maxDepth, int maxLength) {
        if (maxDepth < 1 || maxLength < 1) {
            throw new IllegalArgumentException("JSON parser limits must be positive, got maxDepth=" + maxDepth
                    + ", maxLength=" + maxLength);
        }
        this.maxDepth = maxDepth;
        this.maxLength = maxLength;
    }

    /** The parser with {@link #DEFAULT_MAX_DEPTH} and {@link #DEFAULT_MAX_LENGTH}. */
    public static JsonParser withDefaults() {
        return DEFAULTS;
    }

    public int maxDepth() {
        return maxDepth;
    }

    public int maxLength() {
        return maxLength;
    }

    /** Parses {@code text}; errors name the source {@code "<input>"}. */
    public JsonValue parse(String text) {
        return parse(text, "<input>");
    }

    /** Parses {@code text}; errors name {@code source} (a file name or label). */
    public JsonValue parse(String text, String source) {
        if (text.length() > maxLength) {
            throw JsonScanner.errorAt(text, maxLength, source, Kind.TOO_LONG,
                    "input is longer than the limit of " + maxLength + " chars");
        }
        return parseDocument(new JsonScanner(text, source));
    }

    /**
     * Parses a UTF-8 file (a leading byte order mark is ignored, as RFC 8259 permits); errors name the
     * file. Throws {@link IOException} when the file cannot be read.
     */
    public JsonValue parse(Path file) throws IOException {
        String source = file.toString();
        String text = readUtf8(file, source);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return parse(text, source);
    }

    private JsonValue parseDocument(JsonScanner in) {
        ArrayDeque<Container> open = new ArrayDeque<>();
        while (true) {
            in.skipWhitespace();
            JsonValue value;
            int c = in.peek();
            if (c == '{' || c == '[') {
                if (open.size() >= maxDepth) {
                    throw in.error(Kind.TOO_DEEP, in.position(), "objects and arrays nested deeper than the limit of "
                            + maxDepth + " levels");
                }
                in.advance();
                in.skipWhitespace();
                if (c == '{' && in.peek() == '}') {
                    in.advance();
                    value = JsonObject.empty();
                } else if (c == '[' && in.peek() == ']') {
                    in.advance();
                    value = JsonArray.of();
                } else {
                    Container container = new Container(c == '{');
                    open.push(container);
                    if (container.isObject()) {
                        readName(in, container);
                    }
                    continue;
                }
            } else {
                value = in.readScalar();
            }
            // Hand the finished value to the innermost open container, closing containers while they end.
            while (true) {
                Container top = open.peek();
                if (top == null) {
                    in.skipWhitespace();
                    if (!in.atEnd()) {
                        throw in.error(Kind.TRAILING_CONTENT, in.position(),
                                "expected the end of input after the value but found "
                                        + JsonScanner.describe((char) in.peek()));
                    }
                    return value;
                }
                top.add(value);
                in.skipWhitespace();
                if (in.peek() == ',') {
                    in.advance();
                    if (top.isObject()) {
                        in.skipWhitespace();
                        readName(in, top);
                    }
                    break;
                }
                if (in.peek() != (top.isObject() ? '}' : ']')) {
                    throw in.unexpected(top.isObject() ? "',' or '}'" : "',' or ']'");
                }
                in.advance();
                open.pop();
                value = top.build();
            }
        }
    }

    /** Reads {@code "name" :} for the next member of {@code object}. */
    private static void readName(JsonScanner in, Container object) {
        if (in.peek() != '"') {
            throw in.unexpected("a member name in double quotes");
        }
        int nameStart = in.position();
        String name = in.readString();
        if (object.members.has(name)) {
            throw in.error(Kind.DUPLICATE_NAME, nameStart, "duplicate member name \"" + JsonScanner.abbreviate(name)
                    + "\" in one object");
        }
        object.pendingName = name;
        in.skipWhitespace();
        in.expect(':', "':' after the member name");
    }

    /** Decodes a file as strict UTF-8, stopping as soon as it exceeds the length limit. */
    private String readUtf8(Path file, String source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        long byteOffset = 0;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
                bytes.flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (end && !result.isError()) {
                    result = decoder.flush(chars);
                }
                byteOffset += bytes.position() - before;
                text.append(chars.flip());
                chars.clear();
                if (result.isError()) {
                    throw JsonScanner.errorAt(text, text.length(), source, Kind.MALFORMED_ENCODING,
                            "bytes at offset " + byteOffset + " are not valid UTF-8");
                }
                if (text.length() > maxLength + 1) {
                    throw JsonScanner.errorAt(text, maxLength, source, Kind.TOO_LONG,
                            "input is longer than the limit of " + maxLength + " chars");
                }
                bytes.compact();
            }
        }
        return text.toString();
    }

    /** An object or array still being read. */
    private static final class Container {

        final JsonObject.Builder members;
        final List<JsonValue> items;
        String pendingName;

        Container(boolean object) {
            this.members = object ? JsonObject.builder() : null;
            this.items = object ? null : new ArrayList<>();
        }

        boolean isObject() {
            return members != null;
        }

        void add(JsonValue value) {
            if (isObject()) {
                members.put(pendingName, value);
            } else {
                items.add(value);
            }
        }

        JsonValue build() {
            return isObject() ? members.build() : new JsonArray(items);
        }
    }
}
