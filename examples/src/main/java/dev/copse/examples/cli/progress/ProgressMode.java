package dev.copse.examples.cli.progress;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How progress is shown, as chosen with {@code copse --progress=<mode>}. The lower-case {@link #toString()}
 * is the spelling on the command line.
 */
public enum ProgressMode {
    /** {@link #BAR} on an interactive terminal, {@link #LINES} otherwise. */
    AUTO,
    /** One line per task, redrawn in place with a carriage return. */
    BAR,
    /** Plain, throttled lines that read well in a log file. */
    LINES,
    /** No progress output at all. */
    NONE;

    /**
     * The mode spelled {@code text}, ignoring case.
     *
     * @throws IllegalArgumentException naming the valid spellings if {@code text} is none of them
     */
    public static ProgressMode parse(String text) {
        for (ProgressMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("expected one of "
                + Arrays.stream(values()).map(ProgressMode::toString).collect(Collectors.joining(", "))
                + " but was '" + text + "'");
    }

    /** {@link #AUTO} decided for {@code terminal}; any other mode is returned unchanged. */
    public ProgressMode resolve(Terminal terminal) {
        if (this != AUTO) {
            return this;
        }
        return terminal.interactive() ? BAR : LINES;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
