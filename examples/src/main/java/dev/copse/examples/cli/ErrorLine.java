package dev.copse.examples.cli;

/**
 * The one line {@code copse} prints for any failure: {@code copse: error: <message>}.
 *
 * <p>Messages that span several lines are folded into one, so that the failure stays a single line that
 * scripts can grep and users can read at a glance.
 */
final class ErrorLine {

    static final String PREFIX = "copse: error: ";

    private ErrorLine() {
    }

    /** The error line for {@code message}; a blank message is reported as such rather than left empty. */
    static String of(String message) {
        String folded = message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
        return PREFIX + (folded.isEmpty() ? "(no message)" : folded);
    }

    /**
     * The error line for {@code failure}: its message, or its simple class name when it has none (a bare
     * {@code NullPointerException} says more by its name than by an empty line). A JVM {@link Error} is
     * named as well, since its message alone ("Java heap space") does not say what happened; running out of
     * memory also says how to give Java more.
     */
    static String of(Throwable failure) {
        String message = failure.getMessage();
        String name = failure.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return PREFIX + name;
        }
        if (failure instanceof OutOfMemoryError) {
            return of(name + ": " + message + "; give Java more memory with COPSE_JAVA_OPTS, e.g. -Xmx8g");
        }
        return of(failure instanceof Error ? name + ": " + message : message);
    }
}
