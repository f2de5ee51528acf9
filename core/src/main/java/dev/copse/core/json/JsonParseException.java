package dev.copse.core.json;

/**
 * Thrown by {@link JsonParser} for text that is not strict JSON or exceeds the parser's limits. It is the
 * only exception the parser throws for bad input. The message reads
 * {@code source:line:column: problem}, where the problem says what was expected and what was found.
 * Lines and columns start at 1; a column counts UTF-16 chars; {@code \n}, {@code \r\n} and a lone
 * {@code \r} each end a line.
 */
public final class JsonParseException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** A character that cannot start or continue what the grammar expects here. */
        UNEXPECTED_CHARACTER,
        /** The input ended where the grammar expects more. */
        UNEXPECTED_END,
        /** Something after the single top-level value other than whitespace. */
        TRAILING_CONTENT,
        /** A malformed number: leading zero, missing digits after {@code -}, {@code .} or an exponent. */
        INVALID_NUMBER,
        /** A number whose magnitude exceeds the largest finite double. */
        NUMBER_OUT_OF_RANGE,
        /** A backslash escape other than {@code \" \\ \/ \b \f \n \r \t \}{@code uXXXX}. */
        INVALID_ESCAPE,
        /** A raw control character (below U+0020) inside a string. */
        CONTROL_CHARACTER_IN_STRING,
        /** A high surrogate without its low surrogate, or a low surrogate alone, escaped or raw. */
        UNPAIRED_SURROGATE,
        /** The same member name twice in one object. */
        DUPLICATE_NAME,
        /** Objects and arrays nested deeper than the parser's depth limit. */
        TOO_DEEP,
        /** Input longer than the parser's length limit. */
        TOO_LONG,
        /** A file whose bytes are not valid UTF-8. */
        MALFORMED_ENCODING
    }

    private final Kind kind;
    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    JsonParseException(Kind kind, String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.kind = kind;
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The file name or label of the input. */
    public String source() {
        return source;
    }

    /** 1-based line of the offending position. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending position. */
    public int column() {
        return column;
    }

    /** The problem without the position prefix. */
    public String problem() {
        return problem;
    }
}
