package dev.copse.core.data;

import java.io.IOException;

/**
 * A data file (or embedded resource) is malformed, truncated, inconsistent with its partner file, or not
 * the file that was expected (wrong hash). The message always starts with the file's name and then says
 * what is wrong, e.g. {@code "/data/train-labels-idx1-ubyte: label 12 at item 7 is out of range [0, 10)"}.
 */
public class DataFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    /**
     * @param file    the file, path or resource name, as the user would recognise it
     * @param problem what is wrong, and where useful what to do about it
     */
    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** Like {@link #DataFileException(String, String)}, keeping the low-level cause. */
    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file, path or resource name the problem is in. */
    public String file() {
        return file;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
