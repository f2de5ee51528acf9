package dev.copse.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON (RFC 8259) for the runner: writing a tree of maps, lists, strings, numbers, booleans
 * and nulls, and reading what the workers and Python peers print back into such a tree.
 *
 * <p>Trees: a JSON object is a {@code Map<String, ?>} (key order kept), an array a {@code List<?>}, a number
 * a {@code Double} when read (any {@code Number} when written), and {@code true}/{@code false}/{@code null}
 * map to {@code Boolean} and {@code null}. Stateless and thread-safe. Cost is linear in the text.
 */
public final class Json {

    private Json() {
    }

    /** The tree as compact JSON text. Throws on a non-finite number or a value of another type. */
    public static String write(Object tree) {
        StringBuilder out = new StringBuilder();
        append(out, tree);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> appendString(out, text);
            case Boolean flag -> out.append(flag);
            case Integer number -> out.append(number);
            case Long number -> out.append(number);
            case Number number -> appendNumber(out, number.doubleValue());
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        throw new IllegalArgumentException("JSON object keys must be strings, got " + entry.getKey());
                    }
                    out.append(first ? "" : ",");
                    first = false;
                    appendString(out, key);
                    out.append(':');
                    append(out, entry.getValue());
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    append(out, list.get(i));
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON");
        }
    }

    private static void appendNumber(StringBuilder out, double number) {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("JSON has no representation for " + number);
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            out.append((long) number);
        } else {
            out.append(number);
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Reads one JSON value; {@code source} names where the text came from in error messages. Throws
     * {@link IllegalArgumentException} with the source and character offset on malformed text.
     */
    public static Object parse(String text, String source) {
        Reader reader = new Reader(text, source);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the JSON value");
        }
        return value;
    }

    /** Recursive descent over the text; one instance per parse. */
    private static final class Reader {
        private final String text;
        private final String source;
        private int position;

        Reader(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Object value() {
            skipWhitespace();
            if (position >= text.length()) {
                throw error("unexpected end of text");
            }
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            position++;
            skipWhitespace();
            if (peek() == '}') {
                position++;
                return map;
            }
            while (true) {
                skipWhitespace();
                if (peek() != '"') {
                    throw error("expected a string key");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                map.put(key, value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            position++;
            skipWhitespace();
            if (peek() == ']') {
                position++;
                return list;
            }
            while (true) {
                list.add(value());
                skipWhitespace();
                if (peek() == ',') {
                    position++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            position++;
            while (true) {
                if (position >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (position >= text.length()) {
                    throw error("unterminated escape");
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (position + 4 > text.length()) {
                            throw error("truncated \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("bad \\u escape");
                        }
                        position += 4;
                    }
                    default -> throw error("unknown escape \\" + escaped);
                }
            }
        }

        private Double number() {
            int start = position;
            while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            if (start == position) {
                throw error("unexpected character '" + text.charAt(position) + "'");
            }
            try {
                return Double.valueOf(text.substring(start, position));
            } catch (NumberFormatException e) {
                position = start;
                throw error("malformed number");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw error("expected " + word);
            }
            position += word.length();
            return value;
        }

        private char peek() {
            if (position >= text.length()) {
                throw error("unexpected end of text");
            }
            return text.charAt(position);
        }

        private void expect(char wanted) {
            if (peek() != wanted) {
                throw error("expected '" + wanted + "'");
            }
            position++;
        }

        void skipWhitespace() {
            while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(source + ": invalid JSON at character " + position + ": " + problem);
        }
    }
}
