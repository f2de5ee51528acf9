package dev.copse.efficiency.energy;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * An energy table file whose content is wrong. The message reads {@code file:line: problem}, or
 * {@code file: problem} when the problem concerns the whole file (a missing key, bad encoding, too large).
 */
public final class EnergyTableFormatException extends IOException {

    private final String source;
    private final int line;

    EnergyTableFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    EnergyTableFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.line = 0;
    }

    /** The file name or label of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or empty when it concerns the whole file. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }
}
