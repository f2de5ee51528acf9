package dev.copse.smile.io;

import dev.copse.core.data.DataFileException;

/**
 * Reads the tokens of one ARFF line: words, values (bare, or in single or double quotes with backslash
 * escapes), and punctuation. An unquoted {@code %} starts a comment that runs to the end of the line, as
 * in Weka. Not thread-safe: one instance scans one line once.
 */
final class ArffScanner {

    /** A value as written: its text (unquoted and unescaped) and whether it was quoted. */
    record Value(String text, boolean quoted) {

        /** True for the missing-value mark, an unquoted {@code ?}. */
        boolean isMissing() {
            return !quoted && text.equals("?");
        }
    }

    private final String file;
    private final int line;
    private final String text;
    private int position;

    ArffScanner(String file, int line, String text) {
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** True when only spaces and a comment are left. */
    boolean atEnd() {
        skipSpace();
        return position >= text.length() || text.charAt(position) == '%';
    }

    /** The next character that is not a space; the line must not be at its end. */
    char peek() throws DataFileException {
        if (atEnd()) {
            throw error("the line ends too early");
        }
        return text.charAt(position);
    }

    /** Consumes {@code expected} after optional spaces. */
    void expect(char expected, String what) throws DataFileException {
        if (atEnd() || text.charAt(position) != expected) {
            throw error("expected '" + expected + "' " + what + (atEnd() ? " but the line ends"
                    : " but found '" + text.charAt(position) + "'"));
        }
        position++;
    }

    /** A word or a quoted name, ending at a space, a brace or a comment. */
    String word(String what) throws DataFileException {
        if (atEnd()) {
            throw error("expected " + what + " but the line ends");
        }
        char first = text.charAt(position);
        if (first == '\'' || first == '"') {
            return quoted(first);
        }
        int begin = position;
        while (position < text.length() && !Character.isWhitespace(text.charAt(position))
                && "{}%".indexOf(text.charAt(position)) < 0) {
            position++;
        }
        if (position == begin) {
            throw error("expected " + what + " but found '" + first + "'");
        }
        return text.substring(begin, position);
    }

    /**
     * A value ending at a comma, at {@code stop} (when not 0), at a comment or at the end of the line; a
     * bare value has its trailing spaces removed and must not be empty.
     */
    Value value(char stop, String what) throws DataFileException {
        if (atEnd()) {
            throw error("expected " + what + " but the line ends");
        }
        char first = text.charAt(position);
        if (first == '\'' || first == '"') {
            return new Value(quoted(first), true);
        }
        int begin = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ',' || c == '%' || stop != 0 && c == stop) {
                break;
            }
            position++;
        }
        String bare = text.substring(begin, position).strip();
        if (bare.isEmpty()) {
            throw error("expected " + what + " but found '" + first + "'");
        }
        return new Value(bare, false);
    }

    /** The error at this line. */
    DataFileException error(String problem) {
        return new DataFileException(file, "line " + line + ": " + problem);
    }

    private String quoted(char quote) throws DataFileException {
        position++;
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\' && position < text.length()) {
                char escaped = text.charAt(position++);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            } else {
                value.append(c);
            }
        }
        throw error("the quote " + quote + " opened here is not closed on this line");
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
