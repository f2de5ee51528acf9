package dev.copse.core.data.fetch;

import java.io.IOException;

/**
 * Fetching a public dataset failed because an external tool ({@code npm}, {@code tar}, {@code apt-get},
 * {@code dpkg}) is missing or failed. The message says what to install or run, and which folder of IDX
 * files to load instead.
 */
public class DataFetchException extends IOException {

    private static final long serialVersionUID = 1L;

    public DataFetchException(String message) {
        super(message);
    }

    public DataFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
