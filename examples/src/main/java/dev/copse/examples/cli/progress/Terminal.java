package dev.copse.examples.cli.progress;

/**
 * What the process knows about where its progress output goes.
 *
 * <p>The stream is taken as interactive when the JVM has a console ({@code System.console() != null}) and
 * {@code TERM} is not {@code dumb} (the terminals of editors and CI systems that do not honour a carriage
 * return). Progress goes to standard error, which Java cannot test for a
 * terminal by itself; the {@code ./copse} launcher does that in the shell and passes the answer as the system
 * property {@value #STDERR_TTY_PROPERTY} ({@code true} or {@code false}), which then must agree as well.
 *
 * @param interactive whether a redrawn progress bar will display correctly
 * @param columns     width of the terminal in characters, from {@code COLUMNS}, else {@value #DEFAULT_COLUMNS}
 */
public record Terminal(boolean interactive, int columns) {

    /** System property set by the launcher: whether standard error is a terminal. */
    public static final String STDERR_TTY_PROPERTY = "copse.stderr.tty";

    /** Width assumed when {@code COLUMNS} is not set: the classic terminal width. */
    public static final int DEFAULT_COLUMNS = 80;

    public Terminal {
        if (columns <= 0) {
            throw new IllegalArgumentException("terminal width must be positive, was " + columns);
        }
    }

    /** The terminal this process runs in, from {@code System.console()}, the environment and system properties. */
    public static Terminal detect() {
        return of(System.console() != null, System.getenv("TERM"), System.getProperty(STDERR_TTY_PROPERTY),
                System.getenv("COLUMNS"));
    }

    /**
     * The decision of {@link #detect()} from its raw inputs, any of which but {@code hasConsole} may be null.
     *
     * @throws IllegalArgumentException if {@code stderrTty} is neither null, {@code true} nor {@code false},
     *                                  or {@code columns} is set but not a positive whole number
     */
    static Terminal of(boolean hasConsole, String term, String stderrTty, String columns) {
        boolean stderrIsTerminal = true;
        if (stderrTty != null) {
            if (!stderrTty.equals("true") && !stderrTty.equals("false")) {
                throw new IllegalArgumentException("system property " + STDERR_TTY_PROPERTY
                        + " must be true or false, was '" + stderrTty + "'");
            }
            stderrIsTerminal = Boolean.parseBoolean(stderrTty);
        }
        boolean interactive = hasConsole && !"dumb".equals(term) && stderrIsTerminal;
        return new Terminal(interactive, parseColumns(columns));
    }

    private static int parseColumns(String columns) {
        if (columns == null || columns.isBlank()) {
            return DEFAULT_COLUMNS;
        }
        String digits = columns.strip();
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) == 0) {
            throw new IllegalArgumentException(
                    "environment variable COLUMNS must be a positive whole number, was '" + columns + "'");
        }
        return Integer.parseInt(digits);
    }
}
