package dev.copse.core.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text, compact or pretty.
 *
 * <ul>
 *   <li>Compact: no whitespace at all, e.g. {@code {"a":[1,2.5],"b":null}}.</li>
 *   <li>Pretty: two spaces per level, one member or element per line, {@code ": "} after names, empty
 *       containers as {@code {}} and {@code []}, lines separated by {@code \n}, no trailing newline.</li>
 * </ul>
 *
 * <p>Strings escape {@code "} and {@code \}, use the short escapes {@code \b \f \n \r \t}, and write
 * every other control character below U+0020 as {@code \}{@code u00XX}; all other characters, including
 * non-ASCII, are written as they are. Numbers are written as described in {@link JsonNumber}.
 *
 * <p>Stateless and thread-safe. Cost is linear in the output size; the writer recurses once per nesting
 * level, so values far deeper than anything {@link JsonParser} accepts by default (thousands of levels)
 * are the caller's concern.
 */
public final class JsonWriter {

    private static final String INDENT = "  ";

    private JsonWriter() {
    }

    /** The compact text of {@code value}. */
    public static String compact(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writeCompact(value, out);
        return out.toString();
    }

    /** The pretty text of {@code value}. */
    public static String pretty(JsonValue value) {
        StringBuilder out = new StringBuilder();
        writePretty(value, out);
        return out.toString();
    }

    /** Appends the compact text of {@code value}; I/O errors of {@code out} surface as {@link UncheckedIOException}. */
    public static void writeCompact(JsonValue value, Appendable out) {
        try {
            write(value, out, -1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }

    /** Appends the pretty text of {@code value}; I/O errors of {@code out} surface as {@link UncheckedIOException}. */
    public static void writePretty(JsonValue value, Appendable out) {
        try {
            write(value, out, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }

    /** {@code level < 0} means compact; otherwise the current indentation level of pretty output. */
    private static void write(JsonValue value, Appendable out, int level) throws IOException {
        switch (value) {
            case JsonObject object -> writeObject(object.members(), out, level);
            case JsonArray array -> writeArray(array.items(), out, level);
            case JsonString string -> writeString(string.value(), out);
            case JsonNumber number -> out.append(number.toString());
            case JsonBoolean bool -> out.append(bool.toString());
            case JsonNull ignored -> out.append("null");
        }
    }

    private static void writeObject(Map<String, JsonValue> members, Appendable out, int level) throws IOException {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonValue> member : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newLine(out, level, level + 1);
            writeString(member.getKey(), out);
            out.append(level < 0 ? ":" : ": ");
            write(member.getValue(), out, level < 0 ? -1 : level + 1);
        }
        newLine(out, level, level);
        out.append('}');
    }

    private static void writeArray(List<JsonValue> items, Appendable out, int level) throws IOException {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (JsonValue item : items) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newLine(out, level, level + 1);
            write(item, out, level < 0 ? -1 : level + 1);
        }
        newLine(out, level, level);
        out.append(']');
    }

    /** Pretty output only: a line break and {@code indent} levels of indentation. */
    private static void newLine(Appendable out, int level, int indent) throws IOException {
        if (level < 0) {
            return;
        }
        out.append('\n');
        for (int i = 0; i < indent; i++) {
            out.append(INDENT);
        }
    }

    private static void writeString(String s, Appendable out) throws IOException {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape != null) {
                out.append(s, plainFrom, i).append(escape);
                plainFrom = i + 1;
            }
        }
        out.append(s, plainFrom, s.length()).append('"');
    }

    /** The escape sequence for {@code c}, or null when it is written as is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
