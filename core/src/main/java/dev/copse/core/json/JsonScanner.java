package dev.copse.core.json;

import dev.copse.core.json.JsonParseException.Kind;
import java.util.Locale;

/**
 * A cursor over JSON text that reads the tokens of RFC 8259 (whitespace, strings, numbers, literals) and
 * builds positioned errors. One scanner per parse; not thread-safe. Every method consumes input or
 * throws, and each character is examined a bounded number of times, so scanning is linear.
 */
final class JsonScanner {

    private final String text;
    private final String source;
    private int pos;

    JsonScanner(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The current char, or -1 at the end of input. */
    int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    void advance() {
        pos++;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** Consumes {@code c} or fails saying {@code expected}. */
    void expect(char c, String expected) {
        if (peek() != c) {
            throw unexpected(expected);
        }
        pos++;
    }

    /** Reads a string, number or literal starting at the current char. */
    JsonValue readScalar() {
        int c = peek();
        if (c == '"') {
            return new JsonString(readString());
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return readNumber();
        }
        if (c == 't') {
            return readLiteral("true", JsonBoolean.TRUE);
        }
        if (c == 'f') {
            return readLiteral("false", JsonBoolean.FALSE);
        }
        if (c == 'n') {
            return readLiteral("null", JsonNull.INSTANCE);
        }
        throw unexpected("a value (object, array, string, number, true, false or null)");
    }

    private JsonValue readLiteral(String literal, JsonValue value) {
        for (int i = 0; i < literal.length(); i++) {
            if (peek() != literal.charAt(i)) {
                throw unexpected("'" + literal + "'");
            }
            pos++;
        }
        return value;
    }

    /** Reads a string whose opening quote is the current char and returns its decoded text. */
    String readString() {
        expect('"', "'\"'");
        int start = pos;
        StringBuilder decoded = null;
        while (true) {
            if (pos >= text.length()) {
                throw unexpected("'\"' to close the string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                String result = decoded == null ? text.substring(start, pos) : decoded.toString();
                pos++;
                return result;
            }
            if (c < 0x20) {
                throw error(Kind.CONTROL_CHARACTER_IN_STRING, pos, "control character " + describe(c)
                        + " inside a string; write it as an escape such as \\n or \\u001f");
            }
            if (c == '\\') {
                if (decoded == null) {
                    decoded = new StringBuilder().append(text, start, pos);
                }
                readEscape(decoded);
            } else if (Character.isSurrogate(c)) {
                readRawSurrogatePair(decoded);
            } else {
                if (decoded != null) {
                    decoded.append(c);
                }
                pos++;
            }
        }
    }

    private void readRawSurrogatePair(StringBuilder decoded) {
        char high = text.charAt(pos);
        if (!Character.isHighSurrogate(high) || pos + 1 >= text.length()
                || !Character.isLowSurrogate(text.charAt(pos + 1))) {
            throw error(Kind.UNPAIRED_SURROGATE, pos, "unpaired surrogate " + describe(high) + " in a string");
        }
        if (decoded != null) {
            decoded.append(high).append(text.charAt(pos + 1));
        }
        pos += 2;
    }

    /** Reads one escape starting at the backslash; a high surrogate escape must be followed by a low one. */
    private void readEscape(StringBuilder decoded) {
        int escapeStart = pos;
        pos++;
        int c = peek();
        switch (c) {
            case '"', '\\', '/' -> decoded.append((char) c);
            case 'b' -> decoded.append('\b');
            case 'f' -> decoded.append('\f');
            case 'n' -> decoded.append('\n');
            case 'r' -> decoded.append('\r');
            case 't' -> decoded.append('\t');
            case 'u' -> {
                pos++;
                char unit = readHex4(escapeStart);
                if (Character.isLowSurrogate(unit)) {
                    throw error(Kind.UNPAIRED_SURROGATE, escapeStart, "low surrogate escape " + describe(unit)
                            + " without a preceding high surrogate escape");
                }
                if (Character.isHighSurrogate(unit)) {
                    int lowStart = pos;
                    if (!text.startsWith("\\u", pos)) {
                        throw error(Kind.UNPAIRED_SURROGATE, escapeStart, "high surrogate escape " + describe(unit)
                                + " must be followed by a low surrogate escape \\uDC00..\\uDFFF");
                    }
                    pos += 2;
                    char low = readHex4(lowStart);
                    if (!Character.isLowSurrogate(low)) {
                        throw error(Kind.UNPAIRED_SURROGATE, escapeStart, "high surrogate escape " + describe(unit)
                                + " is followed by " + describe(low) + ", not by a low surrogate");
                    }
                    decoded.append(unit).append(low);
                } else {
                    decoded.append(unit);
                }
                return;
            }
            case -1 -> throw unexpected("an escape character after '\\'");
            default -> throw error(Kind.INVALID_ESCAPE, escapeStart, "invalid escape '\\" + (char) c
                    + "'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
        pos++;
    }

    /** Reads four hex digits at the current position. */
    private char readHex4(int escapeStart) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (atEnd()) {
                throw unexpected("four hex digits after \\u");
            }
            int digit = hexValue(text.charAt(pos));
            if (digit < 0) {
                throw error(Kind.INVALID_ESCAPE, escapeStart, "invalid \\u escape; expected four hex digits but found "
                        + describe(text.charAt(pos)));
            }
            value = value * 16 + digit;
            pos++;
        }
        return (char) value;
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Reads {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    JsonNumber readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error(Kind.INVALID_NUMBER, start, "number with a leading zero");
            }
        } else {
            requireDigits(start, "a digit");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            requireDigits(start, "a digit after the decimal point");
            integral = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits(start, "a digit in the exponent");
            integral = false;
        }
        String literal = text.substring(start, pos);
        if (integral) {
            try {
                return JsonNumber.of(Long.parseLong(literal));
            } catch (NumberFormatException beyondLong) {
                // Falls through: an integer beyond long range is kept as the nearest double.
            }
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw error(Kind.NUMBER_OUT_OF_RANGE, start, "number " + abbreviate(literal)
                    + " is beyond the largest finite double");
        }
        return JsonNumber.of(value);
    }

    private void requireDigits(int numberStart, String expected) {
        if (!isDigit(peek())) {
            if (atEnd()) {
                throw unexpected(expected);
            }
            throw error(Kind.INVALID_NUMBER, numberStart, "malformed number: expected " + expected + " but found "
                    + describe((char) peek()));
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** An error at the current position: expected {@code expected}, found the current char or the end. */
    JsonParseException unexpected(String expected) {
        if (atEnd()) {
            return error(Kind.UNEXPECTED_END, pos, "expected " + expected + " but reached the end of input");
        }
        return error(Kind.UNEXPECTED_CHARACTER, pos,
                "expected " + expected + " but found " + describe(text.charAt(pos)));
    }

    JsonParseException error(Kind kind, int at, String problem) {
        return errorAt(text, at, source, kind, problem);
    }

    /** An error at char offset {@code at} of {@code text}, with the line and column computed from it. */
    static JsonParseException errorAt(CharSequence text, int at, String source, Kind kind, String problem) {
        int line = 1;
        int column = 1;
        int end = Math.min(at, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonParseException(kind, source, line, column, problem);
    }

    /** A char for a message: quoted when printable ASCII, else its code point. */
    static String describe(char c) {
        if (c >= 0x20 && c < 0x7f) {
            return "'" + c + "'";
        }
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** At most 40 chars of {@code literal} for a message. */
    static String abbreviate(String literal) {
        return literal.length() <= 40 ? literal : literal.substring(0, 37) + "...";
    }
}
