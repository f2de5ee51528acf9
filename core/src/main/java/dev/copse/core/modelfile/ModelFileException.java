package dev.copse.core.modelfile;

import java.io.IOException;

/**
 * A model file that cannot be read: not a Copse model, damaged, truncated, from a newer Copse, or holding
 * values a model cannot use. The message names the file and the problem.
 */
public final class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    public ModelFileException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
        this.problem = problem;
    }

    /** The file, as the caller named it. */
    public String file() {
        return file;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
